using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Nlp.Local;

namespace FetchRun.Tests.Nlp.Local;

public sealed class LocalSentimentAnalyzerTests
{
    private readonly LocalSentimentAnalyzer _analyzer = new();

    [TestCase("en", true)]
    [TestCase("EN", true)]
    [TestCase("en-GB", true)]
    [TestCase("de", false)]
    [TestCase("eng", false)]
    public void Supports_LanguageCode_EnglishOnly(string code, bool expected)
    {
        Assert.That(_analyzer.Supports(code), Is.EqualTo(expected));
    }

    [TestCase("Great blender, I love it!", SentimentLabel.Positive)]
    [TestCase("Broke after two days, total waste of money.", SentimentLabel.Negative)]
    [TestCase("The box contains one cable.", SentimentLabel.Neutral)]
    [TestCase("Today only kinda sux! But I'll get by, lol", SentimentLabel.Mixed)]
    public async Task AnalyzeAsync_EnglishText_LabelIsLargestScoreAndScoresSumToOne(string text, SentimentLabel expected)
    {
        var result = (await _analyzer.AnalyzeAsync([text], "en", CancellationToken.None)).Single();

        var score = result.Value!;
        double[] all = [score.Positive, score.Negative, score.Neutral, score.Mixed];
        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(score.Label, Is.EqualTo(expected));
            Assert.That(all[(int)score.Label], Is.EqualTo(all.Max()));
            Assert.That(all.Sum(), Is.EqualTo(1).Within(1e-9));
            Assert.That(all, Has.All.InRange(0.0, 1.0));
        });
    }

    [Test]
    public async Task AnalyzeAsync_Batch_OneResultPerTextInOrder()
    {
        var results = await _analyzer.AnalyzeAsync(["Awful.", "", "Wonderful."], "en", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(3));
            Assert.That(results[0].Value?.Label, Is.EqualTo(SentimentLabel.Negative));
            Assert.That(results[1].Error, Does.StartWith("EMPTY_TEXT"));
            Assert.That(results[2].Value?.Label, Is.EqualTo(SentimentLabel.Positive));
        });
    }

    [Test]
    public async Task AnalyzeAsync_UnsupportedLanguage_PerDocumentErrors()
    {
        var results = await _analyzer.AnalyzeAsync(["Sehr gut.", "Schlecht."], "de", CancellationToken.None);

        Assert.That(results.Select(r => r.Error), Has.All.StartWith("UNSUPPORTED_LANGUAGE"));
    }

    [Test]
    public void AnalyzeAsync_Cancelled_Throws()
    {
        Assert.That(() => _analyzer.AnalyzeAsync(["Good."], "en", new CancellationToken(canceled: true)),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Name_IsLocal()
    {
        Assert.That(_analyzer.Name, Is.EqualTo("local"));
    }
}
