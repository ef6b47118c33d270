using System.Diagnostics;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Nlp.Local;

namespace FetchRun.Tests.Nlp.Local;

public sealed class LocalLanguageDetectorTests
{
    // Measured on LanguageSamples (365 sentences): Fast 355/365 = 97.3 %, Accurate 363/365 = 99.5 %
    // (docs/local-providers.md). The thresholds sit just below the figures.
    private const double FastMinimumAccuracy = 0.97;
    private const double AccurateMinimumAccuracy = 0.99;

    [TestCase(LocalDetectionMode.Fast, FastMinimumAccuracy)]
    [TestCase(LocalDetectionMode.Accurate, AccurateMinimumAccuracy)]
    public async Task DetectAsync_LabelledReviewSentences_AccuracyAtLeastMeasured(LocalDetectionMode mode, double minimum)
    {
        var detector = new LocalLanguageDetector(mode);
        var samples = LanguageSamples.All.ToArray();
        await detector.DetectAsync(["warm-up"], CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var results = new List<DocumentResult<LanguageGuess>>();
        foreach (var batch in samples.Chunk(25))
            results.AddRange(await detector.DetectAsync([.. batch.Select(s => s.Text)], CancellationToken.None));
        clock.Stop();

        var wrong = samples.Zip(results).Where(p => p.Second.Value?.Code != p.First.Code).ToArray();
        var accuracy = 1 - (double)wrong.Length / samples.Length;
        TestContext.Out.WriteLine($"{mode}: {samples.Length - wrong.Length}/{samples.Length} = {accuracy:P2}, {clock.Elapsed.TotalMilliseconds / samples.Length:F3} ms/text");
        foreach (var (sample, result) in wrong)
            TestContext.Out.WriteLine($"  {sample.Code} → {result.Value?.Code ?? result.Error}: {sample.Text}");
        Assert.That(accuracy, Is.GreaterThanOrEqualTo(minimum));
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task DetectAsync_EmptyText_PerDocumentErrorNotException(string text)
    {
        var results = await new LocalLanguageDetector().DetectAsync(["Great product, fast shipping.", text], CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(results[0].Value?.Code, Is.EqualTo("en"));
            Assert.That(results[1].Succeeded, Is.False);
            Assert.That(results[1].Error, Does.StartWith("EMPTY_TEXT"));
        });
    }

    [TestCase("12345 !!!")]
    [TestCase(":-) :-)")]
    public async Task DetectAsync_NoLetters_UndetectableError(string text)
    {
        var result = (await new LocalLanguageDetector().DetectAsync([text], CancellationToken.None)).Single();

        Assert.That(result.Error, Does.StartWith("UNDETECTABLE_LANGUAGE"));
    }

    [TestCase("这个产品质量很好，我们还会再买。", "zh")]
    [TestCase("這個產品質量很好，我們還會再買。", "zh-TW")]
    public async Task DetectAsync_ChineseScript_SimplifiedZhTraditionalZhTw(string text, string expected)
    {
        var result = (await new LocalLanguageDetector().DetectAsync([text], CancellationToken.None)).Single();

        Assert.That(result.Value?.Code, Is.EqualTo(expected));
    }

    [Test]
    public async Task DetectAsync_Text_ScoreIsConfidenceInUnitRange()
    {
        var result = (await new LocalLanguageDetector().DetectAsync(["Sehr gutes Produkt, schnelle Lieferung."], CancellationToken.None)).Single();

        Assert.That(result.Value!.Score, Is.GreaterThan(0.5).And.LessThanOrEqualTo(1));
    }

    [Test]
    public async Task DetectAsync_ConcurrentCallers_SameResultsAsOneCaller()
    {
        var detector = new LocalLanguageDetector();
        string[] texts = [.. LanguageSamples.All.Select(s => s.Text).Take(50)];
        var expected = (await detector.DetectAsync(texts, CancellationToken.None)).Select(r => r.Value?.Code);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => detector.DetectAsync(texts, CancellationToken.None))));

        Assert.That(concurrent.Select(results => results.Select(r => r.Value?.Code)), Has.All.EqualTo(expected));
    }

    [Test]
    public void LanguageCodes_ComprehendSpelling()
    {
        Assert.That(LocalLanguageDetector.LanguageCodes,
            Is.EqualTo(new[] { "ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "zh", "zh-TW" }));
    }

    [Test]
    public void Constructor_UndefinedMode_Throws()
    {
        Assert.That(() => new LocalLanguageDetector((LocalDetectionMode)42), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void DetectAsync_Cancelled_Throws()
    {
        Assert.That(() => new LocalLanguageDetector().DetectAsync(["Hallo"], new CancellationToken(canceled: true)),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
