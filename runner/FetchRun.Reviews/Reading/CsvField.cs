namespace FetchRun.Reviews.Reading;

/// <summary>Where one field lies in the record bytes; <c>Escaped</c> when it holds doubled quotes to undo.</summary>
internal readonly record struct CsvField(int Start, int Length, bool Escaped);
