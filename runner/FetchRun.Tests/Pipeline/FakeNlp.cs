using FetchRun.Sdk.Nlp;

namespace FetchRun.Tests.Pipeline;

/// <summary>
/// Deterministic stand-ins for the NLP providers: a text's language is its prefix before ':' ("de: gut"),
/// sentiment comes from the words "good"/"bad", translation prefixes the target code. Every call is counted.
/// </summary>
internal sealed class FakeNlp : ILanguageDetector, ISentimentAnalyzer, ITranslator
{
    private readonly HashSet<string> _sentimentLanguages;
    private int _translateCalls;

    public FakeNlp(bool canTranslate = true, params string[] sentimentLanguages)
    {
        CanTranslate = canTranslate;
        _sentimentLanguages = sentimentLanguages.Length == 0 ? ["en", "de", "fr"] : [.. sentimentLanguages];
    }

    public string Name => "fake";
    public bool CanTranslate { get; }
    public int DetectCalls { get; private set; }
    public int SentimentCalls { get; private set; }
    public int TranslateCalls => _translateCalls;
    public List<(string Text, string Language)> Scored { get; } = [];

    /// <summary>Runs before each translation, e.g. to fire a stop request in the middle of a batch.</summary>
    public Action<string>? OnTranslate { get; set; }

    public NlpProviders Providers(bool billed = true) => new(this, this, this, billed);

    public Task<IReadOnlyList<DocumentResult<LanguageGuess>>> DetectAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Assert.That(texts, Has.Count.InRange(1, 25));
        DetectCalls++;
        return Task.FromResult<IReadOnlyList<DocumentResult<LanguageGuess>>>(texts.Select(t => t.Contains(':', StringComparison.Ordinal)
            ? new DocumentResult<LanguageGuess>(new LanguageGuess(t[..t.IndexOf(':', StringComparison.Ordinal)], 0.99), null)
            : new DocumentResult<LanguageGuess>(null, "NO_LANGUAGE: cannot tell")).ToList());
    }

    public bool Supports(string languageCode) => _sentimentLanguages.Contains(languageCode);

    public Task<IReadOnlyList<DocumentResult<SentimentScore>>> AnalyzeAsync(IReadOnlyList<string> texts, string languageCode, CancellationToken cancellationToken)
    {
        Assert.That(texts, Has.Count.InRange(1, 25));
        Assert.That(Supports(languageCode), Is.True, $"scored in unsupported {languageCode}");
        SentimentCalls++;
        Scored.AddRange(texts.Select(t => (t, languageCode)));
        return Task.FromResult<IReadOnlyList<DocumentResult<SentimentScore>>>(texts.Select(t => new DocumentResult<SentimentScore>(
            t.Contains("bad", StringComparison.Ordinal)
                ? new SentimentScore(SentimentLabel.Negative, 0.1, 0.8, 0.1, 0)
                : t.Contains("good", StringComparison.Ordinal)
                    ? new SentimentScore(SentimentLabel.Positive, 0.8, 0.1, 0.1, 0)
                    : new SentimentScore(SentimentLabel.Neutral, 0.1, 0.1, 0.8, 0), null)).ToList());
    }

    public Task<TranslationResult> TranslateAsync(string text, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _translateCalls);
        OnTranslate?.Invoke(text);
        if (!CanTranslate)
            return Task.FromResult(new TranslationResult(null, TranslationStatus.NotAvailable, 0));
        if (sourceLanguage == "xx")
            return Task.FromResult(new TranslationResult(null, TranslationStatus.Failed, 0, "UnsupportedLanguagePairException: xx"));
        return Task.FromResult(new TranslationResult($"[{targetLanguage}] {text}", TranslationStatus.Translated, text.Length));
    }
}
