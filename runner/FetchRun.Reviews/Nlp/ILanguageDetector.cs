namespace FetchRun.Reviews.Nlp;

/// <summary>A detected language: ISO 639-1 code as Comprehend returns it (<c>en</c>, <c>de</c>, <c>zh</c>, <c>zh-TW</c>…) and a score in [0, 1].</summary>
public sealed record LanguageGuess(string Code, double Score);

/// <summary>Detects the dominant language of up to 25 documents per call (Comprehend BatchDetectDominantLanguage, or offline).</summary>
public interface ILanguageDetector
{
    /// <summary>Provider name recorded on rows (<c>aws</c>, <c>local</c>).</summary>
    string Name { get; }

    /// <summary>One result per text, in order.</summary>
    Task<IReadOnlyList<DocumentResult<LanguageGuess>>> DetectAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
