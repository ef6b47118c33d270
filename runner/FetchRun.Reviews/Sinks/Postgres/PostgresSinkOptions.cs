namespace FetchRun.Reviews.Sinks.Postgres;

/// <summary>How hard the PostgreSQL sink tries before it gives up with exit code 75.</summary>
internal sealed record PostgresSinkOptions
{
    /// <summary>The schema of the tables; <c>public</c> by default.</summary>
    public string Schema { get; init; } = "public";

    /// <summary>Attempts per operation when the server is unreachable (default 3).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Pause before the second attempt, doubled before each later one (default 500 ms).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Connect timeout (default 5 s), so that an unreachable host fails fast.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Command timeout, COPY included (default 60 s).</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Batches with at least this many rows of a table go through binary COPY into a staging table; smaller ones
    /// through one <c>INSERT … SELECT FROM unnest(arrays)</c>, which needs fewer round trips (default 200).
    /// </summary>
    public int CopyThreshold { get; init; } = 200;

    /// <summary>The clock used for the pauses between attempts.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
