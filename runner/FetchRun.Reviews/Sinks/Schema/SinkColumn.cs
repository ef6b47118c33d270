namespace FetchRun.Reviews.Sinks.Schema;

/// <summary>One column of a sink table and how to read its value from a row.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Kind">Its type.</param>
/// <param name="Required">NOT NULL.</param>
/// <param name="Value">The value for a row, of the CLR type that <paramref name="Kind"/> maps to (or null).</param>
internal sealed record SinkColumn<T>(string Name, ColumnKind Kind, bool Required, Func<T, object?> Value);
