using BenchmarkDotNet.Attributes;
using FetchRun.Reviews.Nlp.Local;

namespace FetchRun.Benchmarks.Nlp;

/// <summary>
/// The local providers, per review-length sentence: Lingua detection in fast (low-accuracy) and accurate mode,
/// and VADER. Baseline: fast detection. Run:
/// <c>dotnet run -c Release --project runner/FetchRun.Benchmarks -- --filter '*LocalNlpBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class LocalNlpBenchmarks
{
    // One review-like sentence per corpus language (de en es fr ja zh); each benchmark handles all six.
    private static readonly string[] Sentences =
    [
        "Leider nach zwei Wochen kaputt gegangen, der Kundenservice antwortet nicht.",
        "Broke after two weeks and customer service never answered.",
        "Se rompió a las dos semanas y el servicio al cliente no contesta.",
        "Cassé au bout de deux semaines et le service client ne répond pas.",
        "二週間で壊れました。サポートからの返事もありません。",
        "用了两个星期就坏了，客服也不回复。",
    ];

    private static readonly string[] EnglishReviews =
    [
        "Great product, fast shipping.",
        "Broke after two weeks, very disappointed.",
        "The plot was good, but the characters are uncompelling and the dialog is not great.",
        "ABSOLUTELY TERRIBLE customer service!!",
        "It works. Nothing special.",
        "Honestly the best purchase I made this year :)",
    ];

    private readonly LocalLanguageDetector _fast = new(LocalDetectionMode.Fast);
    private readonly LocalLanguageDetector _accurate = new(LocalDetectionMode.Accurate);
    private readonly LocalSentimentAnalyzer _vader = new();

    /// <summary>Loads both Lingua models and the VADER lexicon before measuring.</summary>
    [GlobalSetup]
    public void LoadModels()
    {
        DetectFast();
        DetectAccurate();
        Vader();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 6)]
    public object DetectFast() => _fast.DetectAsync(Sentences, CancellationToken.None).Result;

    [Benchmark(OperationsPerInvoke = 6)]
    public object DetectAccurate() => _accurate.DetectAsync(Sentences, CancellationToken.None).Result;

    [Benchmark(OperationsPerInvoke = 6)]
    public object Vader() => _vader.AnalyzeAsync(EnglishReviews, "en", CancellationToken.None).Result;
}
