namespace FetchRun.Reviews.Sinks;

/// <summary>
/// One row of the <c>runs</c> table: what an attempt did and what it cost. Upserted by <see cref="RunId"/>
/// when the run starts and again when it ends.
/// </summary>
public sealed record RunRecord
{
    /// <summary>Unique per attempt: job id, attempt and array index.</summary>
    public required string RunId { get; init; }
    /// <summary>The Batch job id (or <c>local</c>).</summary>
    public required string JobId { get; init; }
    /// <summary>1-based attempt.</summary>
    public int Attempt { get; init; }
    /// <summary>Array index, when an array child.</summary>
    public int? ArrayIndex { get; init; }
    /// <summary>When the run started.</summary>
    public DateTimeOffset StartedAt { get; init; }
    /// <summary>When it ended; null while running.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
    /// <summary>running, succeeded, stopped, failed.</summary>
    public string Status { get; init; } = "running";
    /// <summary>The inputs, space separated.</summary>
    public string Inputs { get; init; } = "";
    /// <summary>Reviews read (good lines).</summary>
    public long Read { get; init; }
    /// <summary>Rows written by this run.</summary>
    public long Written { get; init; }
    /// <summary>Reviews skipped because an earlier attempt stored them.</summary>
    public long Skipped { get; init; }
    /// <summary>Lines quarantined.</summary>
    public long Quarantined { get; init; }
    /// <summary>Characters sent to Translate (billable).</summary>
    public long TranslateCharacters { get; init; }
    /// <summary>Translate calls made.</summary>
    public long TranslateCalls { get; init; }
    /// <summary>Translations served from the cache table or from a duplicate text in the same run.</summary>
    public long TranslationCacheHits { get; init; }
    /// <summary>Comprehend units billed for language detection (100 characters, minimum 3 per document).</summary>
    public long LanguageUnits { get; init; }
    /// <summary>Comprehend units billed for sentiment.</summary>
    public long SentimentUnits { get; init; }
    /// <summary>Estimated cost in USD at the list prices given.</summary>
    public decimal EstimatedCostUsd { get; init; }
}
