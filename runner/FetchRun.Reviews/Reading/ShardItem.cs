namespace FetchRun.Reviews.Reading;

/// <summary>One line of a shard: a usable review, or a quarantined line with its reason (never both).</summary>
/// <param name="Review">The review, when the line was good.</param>
/// <param name="Quarantined">The bad line, when it was not.</param>
public readonly record struct ShardItem(Review? Review, QuarantinedLine? Quarantined);
