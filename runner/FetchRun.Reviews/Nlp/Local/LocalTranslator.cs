namespace FetchRun.Reviews.Nlp.Local;

/// <summary>
/// The offline stand-in for a translator: there is no offline machine translation, so it never translates.
/// A text already in the target language is <see cref="TranslationStatus.NotNeeded"/>; any other is
/// <see cref="TranslationStatus.NotAvailable"/> with no text and nothing billed.
/// </summary>
public sealed class LocalTranslator : ITranslator
{
    /// <summary>Always <c>none</c>: rows record that no translator was used.</summary>
    public string Name => "none";

    /// <summary>Always false.</summary>
    public bool CanTranslate => false;

    /// <summary>
    /// <see cref="TranslationStatus.NotNeeded"/> (text returned unchanged) when the languages are equal
    /// (case-insensitive), otherwise <see cref="TranslationStatus.NotAvailable"/> with a null text; never bills.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<TranslationResult> TranslateAsync(string text, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        cancellationToken.ThrowIfCancellationRequested();
        var result = sourceLanguage.Equals(targetLanguage, StringComparison.OrdinalIgnoreCase)
            ? new TranslationResult(text, TranslationStatus.NotNeeded, 0)
            : new TranslationResult(null, TranslationStatus.NotAvailable, 0);
        return Task.FromResult(result);
    }
}
