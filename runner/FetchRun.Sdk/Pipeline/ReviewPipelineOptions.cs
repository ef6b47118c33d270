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
}
