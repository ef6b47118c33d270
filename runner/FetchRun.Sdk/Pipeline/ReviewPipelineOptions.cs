using FetchRun.Sdk.Nlp;

namespace FetchRun.Sdk.Pipeline;

/// <summary>The review pipeline's knobs, read from the job's <c>Params</c> by the script.</summary>
public sealed record ReviewPipelineOptions
{
    /// <summary>Language translations go to (<c>target</c>, default <c>en</c>).</summary>
    public string TargetLanguage { get; init; } = "en";

    /// <summary>Reviews per batch (<c>batch-size</c>, 1–25, default 25: Comprehend's batch limit).</summary>
    public int BatchSize { get; init; } = 25;

    /// <summary>Share of bad lines above which the job fails with 65 after storing the good rows (<c>max-bad-rate</c>, default 0.05).</summary>
    public double MaxBadRowRate { get; init; } = 0.05;

    /// <summary>Translate calls in flight at once (<c>translate-concurrency</c>, default 8); the provider's rate limiter still applies.</summary>
    public int TranslateConcurrency { get; init; } = 8;

    /// <summary>How long the batch in progress may take to finish once the job is asked to stop (default 20 s, inside ECS's 30 s).</summary>
    public TimeSpan FlushTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>List prices used for the run's cost estimate.</summary>
    public ListPrices Prices { get; init; } = ListPrices.Default;

    /// <summary>Reads the options from job parameters: <c>target</c>, <c>batch-size</c>, <c>max-bad-rate</c>,
    /// <c>translate-concurrency</c>, <c>price-translate-per-million-chars</c>, <c>price-comprehend-per-unit</c>.
    /// A malformed value fails the job with exit code 64, naming the parameter.</summary>
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
            MaxBadRowRate = parameters.GetDouble("max-bad-rate", defaults.MaxBadRowRate, 0, 1),
            TranslateConcurrency = parameters.GetInt("translate-concurrency", defaults.TranslateConcurrency, 1, 64),
            Prices = new ListPrices(
                (decimal)parameters.GetDouble("price-translate-per-million-chars", (double)ListPrices.Default.TranslatePerMillionCharacters, 0),
                (decimal)parameters.GetDouble("price-comprehend-per-unit", (double)ListPrices.Default.ComprehendPerUnit, 0)),
        };
    }
}
