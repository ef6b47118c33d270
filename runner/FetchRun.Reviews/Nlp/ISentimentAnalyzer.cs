namespace FetchRun.Reviews.Nlp;

/// <summary>Comprehend's sentiment labels.</summary>
public enum SentimentLabel
{
    /// <summary>POSITIVE.</summary>
    Positive,
    /// <summary>NEGATIVE.</summary>
    Negative,
    /// <summary>NEUTRAL.</summary>
    Neutral,
    /// <summary>MIXED.</summary>
    Mixed,
}

/// <summary>A sentiment label with Comprehend's four scores (each in [0, 1]).</summary>
public sealed record SentimentScore(SentimentLabel Label, double Positive, double Negative, double Neutral, double Mixed);

/// <summary>Scores the sentiment of up to 25 documents of one language per call (Comprehend BatchDetectSentiment, or offline).</summary>
public interface ISentimentAnalyzer
{
    /// <summary>Provider name recorded on rows (<c>aws</c>, <c>local</c>).</summary>
    string Name { get; }

    /// <summary>True when the provider scores text in this language directly.</summary>
    bool Supports(string languageCode);

    /// <summary>One result per text, in order; all texts are in <paramref name="languageCode"/>.</summary>
    Task<IReadOnlyList<DocumentResult<SentimentScore>>> AnalyzeAsync(IReadOnlyList<string> texts, string languageCode, CancellationToken cancellationToken);
}
