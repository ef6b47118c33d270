namespace FetchRun.Reviews.Sinks.Reporting;

/// <summary>Everything a run report shows, as read from the database.</summary>
internal sealed record ReportData
{
    public required ReportScope Scope { get; init; }

    /// <summary>The first <see cref="ReportLimits.Runs"/> runs by start time.</summary>
    public required IReadOnlyList<RunRecord> Runs { get; init; }

    /// <summary>Counters summed over every run in scope, not only the listed ones.</summary>
    public required RunTotals Totals { get; init; }

    /// <summary>Stored rows written by the runs in scope.</summary>
    public long Rows { get; init; }

    /// <summary>Rows per (language, sentiment); sentiment null when the row could not be scored.</summary>
    public required IReadOnlyList<GroupCount> ByLanguage { get; init; }

    /// <summary>Rows per (product category, sentiment) for the most frequent categories; the rest under a null group.</summary>
    public required IReadOnlyList<GroupCount> ByCategory { get; init; }

    /// <summary>How many distinct product categories there are.</summary>
    public long Categories { get; init; }

    /// <summary>Rows per (stars, sentiment).</summary>
    public required IReadOnlyList<GroupCount> ByStars { get; init; }

    /// <summary>Rows stored per time bucket of <see cref="ThroughputBucket"/>, from the rows' stored_at.</summary>
    public required IReadOnlyList<ThroughputPoint> Throughput { get; init; }

    public TimeSpan ThroughputBucket { get; init; }

    /// <summary>Quarantined lines of the shards in scope.</summary>
    public long Quarantined { get; init; }

    /// <summary>The most frequent reasons; the rest under a null reason.</summary>
    public required IReadOnlyList<ReasonCount> Reasons { get; init; }

    /// <summary>The first few lines of each listed reason, by source and line.</summary>
    public required IReadOnlyList<QuarantineExample> Examples { get; init; }
}

/// <summary>A count of rows in a group (a language, a category or a star rating) with one sentiment.</summary>
internal sealed record GroupCount(string? Group, string? Sentiment, long Count);

/// <summary>Rows stored in the bucket starting at <paramref name="Start"/>.</summary>
internal sealed record ThroughputPoint(DateTimeOffset Start, long Rows);

/// <summary>Quarantined lines with one reason (null: every reason past the listed ones).</summary>
internal sealed record ReasonCount(string? Reason, long Count);

/// <summary>One quarantined line, its raw text cut to <see cref="ReportLimits.RawCharacters"/>.</summary>
internal sealed record QuarantineExample(string Reason, string Source, long Line, string Raw);

/// <summary>What the runs in scope did together.</summary>
internal sealed record RunTotals
{
    public long Runs { get; init; }
    public int MaxAttempt { get; init; }
    public long ArrayChildren { get; init; }
    public DateTimeOffset? FirstStarted { get; init; }
    public DateTimeOffset? LastFinished { get; init; }
    public long Read { get; init; }
    public long Written { get; init; }
    public long Skipped { get; init; }
    public long TranslateCharacters { get; init; }
    public long TranslateCalls { get; init; }
    public long ComprehendUnits { get; init; }
    public decimal EstimatedCostUsd { get; init; }

    /// <summary>Runs per status (running, succeeded, stopped, failed).</summary>
    public IReadOnlyDictionary<string, long> Statuses { get; init; } = new Dictionary<string, long>();
}
