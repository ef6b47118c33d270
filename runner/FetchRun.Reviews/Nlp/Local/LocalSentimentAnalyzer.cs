namespace FetchRun.Reviews.Nlp.Local;

/// <summary>
/// Offline English sentiment: VADER (Hutto &amp; Gilbert, ICWSM-14) over its MIT-licensed lexicon, mapped to
/// Comprehend's labels and four scores as docs/local-providers.md describes. Thread-safe; the lexicon is
/// loaded once per process.
/// </summary>
public sealed class LocalSentimentAnalyzer : ISentimentAnalyzer
{
    /// <summary>The only language scored: <c>en</c>.</summary>
    public const string LanguageCode = "en";

    /// <summary>Always <c>local</c>.</summary>
    public string Name => "local";

    /// <summary>True for <c>en</c> (case-insensitive, region subtags such as <c>en-GB</c> included); false otherwise.</summary>
    public bool Supports(string languageCode) =>
        languageCode.Equals(LanguageCode, StringComparison.OrdinalIgnoreCase)
        || languageCode.StartsWith(LanguageCode + "-", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Scores each text. Empty or blank texts, and every text when <paramref name="languageCode"/> is not supported,
    /// get a per-document error rather than an exception.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or <paramref name="languageCode"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<IReadOnlyList<DocumentResult<SentimentScore>>> AnalyzeAsync(
        IReadOnlyList<string> texts, string languageCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(languageCode);
        var supported = Supports(languageCode);
        var results = new DocumentResult<SentimentScore>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[i] = !supported ? new(null, LocalErrors.UnsupportedLanguage(languageCode))
                : string.IsNullOrWhiteSpace(texts[i]) ? new(null, LocalErrors.EmptyText)
                : new(VaderSentimentMapping.ToSentimentScore(VaderAnalyzer.PolarityScores(texts[i])), null);
        }
        return Task.FromResult<IReadOnlyList<DocumentResult<SentimentScore>>>(results);
    }
}
