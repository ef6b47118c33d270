using FetchRun.Reviews.Nlp;

namespace FetchRun.Reviews.Pipeline;

/// <summary>A review's sentiment and which text was scored (source, translation or none).</summary>
internal sealed record SentimentOutcome(SentimentScore? Score, string ScoredOn, string? Error)
{
    public const string OnSource = "source";
    public const string OnTranslation = "translation";
    public const string OnNothing = "none";
}
