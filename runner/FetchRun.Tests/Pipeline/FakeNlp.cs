using FetchRun.Reviews.Nlp;

namespace FetchRun.Tests.Pipeline;

/// <summary>
/// Deterministic stand-ins for the NLP providers: a text's language is its prefix before ':' ("de: gut"),
/// sentiment comes from the words "good"/"bad", translation prefixes the target code. Every call is counted.
/// Texts containing "flaky" fail transiently (as a service error would) in the operation named by <see cref="FlakyIn"/>.
/// </summary>
internal sealed class FakeNlp : ILanguageDetector, ISentimentAnalyzer, ITranslator
{
    public const string Detect = "detect";
    public const string Translate = "translate";
    public const string Sentiment = "sentiment";

    private readonly HashSet<string> _sentimentLanguages;
    private readonly Lock _gate = new();
    private int _translateCalls;
    private int _detectCalls;
    private int _sentimentCalls;
    private int _translating;

    public FakeNlp(bool canTranslate = true, params string[] sentimentLanguages)
    {
        CanTranslate = canTranslate;
        _sentimentLanguages = sentimentLanguages.Length == 0 ? ["en", "de", "fr"] : [.. sentimentLanguages];
    }

    public string Name => "fake";
    public bool CanTranslate { get; }
    public int DetectCalls => _detectCalls;
    public int SentimentCalls => _sentimentCalls;
    public int TranslateCalls => _translateCalls;
    public List<(string Text, string Language)> Scored { get; } = [];

    /// <summary>The operation in which texts containing "flaky" fail transiently; none when null.</summary>
    public string? FlakyIn { get; set; }

    /// <summary>Runs before each translation, e.g. to fire a stop request in the middle of a run.</summary>
    public Action<string>? OnTranslate { get; set; }

    /// <summary>Awaited inside each translation, so that calls overlap (e.g. a latency).</summary>
    public Func<Task>? TranslateLatency { get; set; }

    /// <summary>The most translations that were in progress at once.</summary>
    public int MaxConcurrentTranslations { get; private set; }

    public NlpProviders Providers(bool billed = true) => new(this, this, this, billed);

    public Task<IReadOnlyList<DocumentResult<LanguageGuess>>> DetectAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Assert.That(texts, Has.Count.InRange(1, 25));
        Interlocked.Increment(ref _detectCalls);
        return Task.FromResult<IReadOnlyList<DocumentResult<LanguageGuess>>>(texts.Select(t =>
            Flaky(t, Detect) ? new DocumentResult<LanguageGuess>(null, "INTERNAL_SERVER_ERROR: try again", Transient: true)
            : t.Contains(':', StringComparison.Ordinal)
                ? new DocumentResult<LanguageGuess>(new LanguageGuess(t[..t.IndexOf(':', StringComparison.Ordinal)], 0.99), null)
                : new DocumentResult<LanguageGuess>(null, "NO_LANGUAGE: cannot tell")).ToList());
    }

    public bool Supports(string languageCode) => _sentimentLanguages.Contains(languageCode);

    public Task<IReadOnlyList<DocumentResult<SentimentScore>>> AnalyzeAsync(IReadOnlyList<string> texts, string languageCode, CancellationToken cancellationToken)
    {
        Assert.That(texts, Has.Count.InRange(1, 25));
        Assert.That(Supports(languageCode), Is.True, $"scored in unsupported {languageCode}");
        Interlocked.Increment(ref _sentimentCalls);
        lock (_gate)
            Scored.AddRange(texts.Select(t => (t, languageCode)));
        return Task.FromResult<IReadOnlyList<DocumentResult<SentimentScore>>>(texts.Select(t =>
            Flaky(t, Sentiment) ? new DocumentResult<SentimentScore>(null, "INTERNAL_SERVER_ERROR: try again", Transient: true)
            : new DocumentResult<SentimentScore>(
                t.Contains("bad", StringComparison.Ordinal)
                    ? new SentimentScore(SentimentLabel.Negative, 0.1, 0.8, 0.1, 0)
                    : t.Contains("good", StringComparison.Ordinal)
                        ? new SentimentScore(SentimentLabel.Positive, 0.8, 0.1, 0.1, 0)
                        : new SentimentScore(SentimentLabel.Neutral, 0.1, 0.1, 0.8, 0), null)).ToList());
    }

    public async Task<TranslationResult> TranslateAsync(string text, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _translateCalls);
        OnTranslate?.Invoke(text);
        var now = Interlocked.Increment(ref _translating);
        lock (_gate)
            MaxConcurrentTranslations = Math.Max(MaxConcurrentTranslations, now);
        try
        {
            if (TranslateLatency is { } latency)
                await latency();
        }
        finally
        {
            Interlocked.Decrement(ref _translating);
        }
        if (!CanTranslate)
            return new TranslationResult(null, TranslationStatus.NotAvailable, 0);
        if (Flaky(text, Translate))
            return new TranslationResult(null, TranslationStatus.Failed, text.Length, "ServiceUnavailableException: try again", Transient: true);
        if (sourceLanguage == "xx")
            return new TranslationResult(null, TranslationStatus.Failed, 0, "UnsupportedLanguagePairException: xx");
        return new TranslationResult($"[{targetLanguage}] {text}", TranslationStatus.Translated, text.Length);
    }

    private bool Flaky(string text, string operation) => FlakyIn == operation && text.Contains("flaky", StringComparison.Ordinal);
}
