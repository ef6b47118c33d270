using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Reading;

namespace FetchRun.Reviews.Pipeline;

/// <summary>The review pipeline's knobs, read from the job's <c>Params</c> by the script.</summary>
public sealed record ReviewPipelineOptions
{
    /// <summary>Lines read before the bad-line share can stop the job early (the share of a small sample says little).</summary>
    public const int BadRateMinimumSample = 1_000;

    /// <summary>Language translations go to (<c>target</c>, default <c>en</c>).</summary>
    public string TargetLanguage { get; init; } = "en";

    /// <summary>Reviews looked up in the sink at once to skip those already stored (<c>batch-size</c>, 1–25, default 25).</summary>
    public int BatchSize { get; init; } = 25;

    /// <summary>
    /// Reviews read but not yet stored, at most (<c>max-in-flight</c>, 25–5,000, default 100). Comprehend calls are filled
    /// with 25 documents of one language from anywhere in this window; when it is full, partly filled calls are sent so the
    /// window drains. It also bounds what a SIGKILL can lose: the detection and sentiment calls of these reviews (translations
    /// are stored as they return), and what a stop request must finish within <see cref="FlushTimeout"/>.
    /// </summary>
    public int MaxInFlight { get; init; } = 100;

    /// <summary>Share of bad lines above which the job fails with 65 after storing the good rows (<c>max-bad-rate</c>, default 0.05);
    /// checked as lines are read once <see cref="BadRateMinimumSample"/> lines have been seen, and at the end.</summary>
    public double MaxBadRowRate { get; init; } = 0.05;

    /// <summary>
    /// Share of reviews whose detection, translation or sentiment failed because of the service (an internal error or
    /// throttling that outlasted the retries) above which the job fails with 75 so that Batch retries it (<c>max-transient-rate</c>,
    /// default 0.01). Such reviews are never stored, at any share: the next attempt redoes them.
    /// </summary>
    public double MaxTransientRate { get; init; } = 0.01;

    /// <summary>
    /// Translate calls in flight at once, at most (<c>translate-concurrency</c>, 1–256, default 64). The provider's rate limiter
    /// paces the calls; this bound only needs to exceed rate × latency (Little's law: 20 TPS × 1 s latency = 20 in flight).
    /// </summary>
    public int TranslateConcurrency { get; init; } = 64;

    /// <summary>How long the work in flight may take to finish once the job is asked to stop (default 20 s, inside ECS's 30 s).</summary>
    public TimeSpan FlushTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>List prices used for the run's cost estimate.</summary>
    public ListPrices Prices { get; init; } = ListPrices.Default;

    /// <summary>How shards are read (<c>max-shard-bytes</c>: decompressed bytes per shard, default 4 GiB).</summary>
    public ShardReaderOptions Reader { get; init; } = ShardReaderOptions.Default;

    /// <summary>Reads the options from job parameters: <c>target</c>, <c>batch-size</c>, <c>max-in-flight</c>, <c>max-bad-rate</c>,
    /// <c>max-transient-rate</c>, <c>translate-concurrency</c>, <c>price-translate-per-million-chars</c>, <c>price-comprehend-per-unit</c>,
    /// <c>max-shard-bytes</c>. A malformed value fails the job with exit code 64, naming the parameter.</summary>
    public static ReviewPipelineOptions FromParams(JobParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var defaults = new ReviewPipelineOptions();
        var target = parameters.Get("target", defaults.TargetLanguage).Trim();
        if (!LanguageCodes.IsWellFormed(target))
            throw new JobFailedException(ExitCodes.Usage, $"parameter 'target' must be a language code such as en or zh-TW, not '{target}'.");
        return new ReviewPipelineOptions
        {
            TargetLanguage = LanguageCodes.Normalize(target),
            BatchSize = parameters.GetInt("batch-size", defaults.BatchSize, 1, 25),
            MaxInFlight = parameters.GetInt("max-in-flight", defaults.MaxInFlight, 25, 5_000),
            MaxBadRowRate = parameters.GetDouble("max-bad-rate", defaults.MaxBadRowRate, 0, 1),
            MaxTransientRate = parameters.GetDouble("max-transient-rate", defaults.MaxTransientRate, 0, 1),
            TranslateConcurrency = parameters.GetInt("translate-concurrency", defaults.TranslateConcurrency, 1, 256),
            Prices = new ListPrices(
                (decimal)parameters.GetDouble("price-translate-per-million-chars", (double)ListPrices.Default.TranslatePerMillionCharacters, 0),
                (decimal)parameters.GetDouble("price-comprehend-per-unit", (double)ListPrices.Default.ComprehendPerUnit, 0)),
            Reader = ShardReaderOptions.FromParams(parameters),
        };
    }
}
