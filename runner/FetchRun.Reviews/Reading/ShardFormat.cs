namespace FetchRun.Reviews.Reading;

/// <summary>How the rows of a shard are written. Gzip compression is independent of the format and is
/// recognised by its magic bytes.</summary>
public enum ShardFormat
{
    /// <summary>JSON Lines: one JSON object per line (<c>.jsonl</c>, <c>.ndjson</c>, <c>.json</c>).</summary>
    JsonLines,

    /// <summary>RFC 4180 CSV with a header row naming the columns (<c>.csv</c>).</summary>
    Csv,
}
