using Lingua;

namespace FetchRun.Reviews.Nlp.Local;

/// <summary>
/// Offline language detection with Lingua, restricted to the review corpus's languages and the rest of
/// Comprehend's sentiment languages (ar de en es fr hi it ja ko pt zh, and zh-TW told apart by script).
/// Codes are those Comprehend returns; the score is Lingua's confidence. The Lingua detector for each mode is
/// built once per process, on first use, and shared: instances are cheap and thread-safe.
/// </summary>
public sealed class LocalLanguageDetector : ILanguageDetector
{
    private static readonly Lazy<LanguageDetector> FastDetector = new(() => Build(LocalDetectionMode.Fast), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<LanguageDetector> AccurateDetector = new(() => Build(LocalDetectionMode.Accurate), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<LanguageDetector> _detector;

    /// <summary>Creates a detector; the Lingua models load on the first <see cref="DetectAsync"/>.</summary>
    /// <param name="mode">Lingua's accuracy mode; default <see cref="LocalDetectionMode.Fast"/>, which measured as accurate as
    /// <see cref="LocalDetectionMode.Accurate"/> on review-length texts (docs/local-providers.md).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public LocalLanguageDetector(LocalDetectionMode mode = LocalDetectionMode.Fast)
    {
        _detector = mode switch
        {
            LocalDetectionMode.Fast => FastDetector,
            LocalDetectionMode.Accurate => AccurateDetector,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown detection mode."),
        };
        Mode = mode;
    }

    /// <summary>The Lingua mode in use.</summary>
    public LocalDetectionMode Mode { get; }

    /// <summary>The codes this detector can return, as Comprehend spells them.</summary>
    public static IReadOnlyList<string> LanguageCodes { get; } = [.. LinguaLanguages.ComprehendCodes.Values.Append("zh-TW").Order(StringComparer.Ordinal)];

    /// <summary>Always <c>local</c>.</summary>
    public string Name => "local";

    /// <summary>
    /// One result per text, in order. An empty or blank text, or one in which no supported language is recognised,
    /// gets a per-document error rather than an exception.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<IReadOnlyList<DocumentResult<LanguageGuess>>> DetectAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new DocumentResult<LanguageGuess>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[i] = Detect(texts[i]);
        }
        return Task.FromResult<IReadOnlyList<DocumentResult<LanguageGuess>>>(results);
    }

    private DocumentResult<LanguageGuess> Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new(null, LocalErrors.EmptyText);
        var best = _detector.Value.ComputeLanguageConfidenceValues(text).FirstOrDefault();
        if (best.Value <= 0 || !LinguaLanguages.ComprehendCodes.TryGetValue(best.Key, out var code))
            return new(null, LocalErrors.UndetectableLanguage);
        if (best.Key == Language.Chinese)
            code = ChineseScript.ComprehendCode(text);
        return new(new LanguageGuess(code, best.Value), null);
    }

    private static LanguageDetector Build(LocalDetectionMode mode)
    {
        var builder = LanguageDetectorBuilder.FromLanguages(LinguaLanguages.All).WithPreloadedLanguageModels();
        return (mode == LocalDetectionMode.Fast ? builder.WithLowAccuracyMode() : builder).Build();
    }
}
