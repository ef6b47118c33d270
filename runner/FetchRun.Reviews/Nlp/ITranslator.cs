namespace FetchRun.Reviews.Nlp;

/// <summary>A translation, or a plain statement that none was made.</summary>
/// <param name="Text">The translated text; null when not translated.</param>
/// <param name="Status">What happened (<see cref="TranslationStatus"/>).</param>
/// <param name="BilledCharacters">Characters sent to the paid service (0 when none).</param>
/// <param name="Error">The per-document error, when <see cref="Status"/> is <see cref="TranslationStatus.Failed"/>.</param>
/// <param name="Transient">With <see cref="TranslationStatus.Failed"/>: the failure is the service's (5xx or throttling
/// that outlasted the retries for this text), not the text's; the translation and its review must not be stored.</param>
public sealed record TranslationResult(string? Text, TranslationStatus Status, long BilledCharacters, string? Error = null, bool Transient = false);

/// <summary>What became of a text sent for translation.</summary>
public enum TranslationStatus
{
    /// <summary>Translated whole.</summary>
    Translated,
    /// <summary>Translated, but cut at a sentence or UTF-8 boundary to fit the service limit.</summary>
    Truncated,
    /// <summary>Already in the target language: nothing to do.</summary>
    NotNeeded,
    /// <summary>No translator is available (the offline provider): the row says so plainly.</summary>
    NotAvailable,
    /// <summary>The service refused this document (unsupported language pair, …).</summary>
    Failed,
}

/// <summary>Translates one text per call (Amazon Translate TranslateText, 10,000 UTF-8 bytes max).</summary>
public interface ITranslator
{
    /// <summary>Provider name recorded on rows (<c>aws</c>, <c>none</c>).</summary>
    string Name { get; }

    /// <summary>False for the offline provider, which cannot translate.</summary>
    bool CanTranslate { get; }

    /// <summary>Translates <paramref name="text"/> from <paramref name="sourceLanguage"/> to <paramref name="targetLanguage"/>.</summary>
    Task<TranslationResult> TranslateAsync(string text, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken);
}
