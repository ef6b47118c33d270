namespace FetchRun.Reviews.Reading;

/// <summary>The outcome of splitting one CSV record into fields.</summary>
internal enum CsvRecordState
{
    Complete,
    OpenQuote,
    TextAfterQuote,
}
