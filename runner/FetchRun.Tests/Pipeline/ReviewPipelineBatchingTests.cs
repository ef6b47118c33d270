using FetchRun.Sdk;
using FetchRun.Reviews.Pipeline;
using FetchRun.Reviews.Reading;
using static FetchRun.Tests.Pipeline.PipelineHarness;

namespace FetchRun.Tests.Pipeline;

/// <summary>Filling every paid call across input batches, scoring a text once per run, and the window that bounds it.</summary>
public sealed class ReviewPipelineBatchingTests
{
    private static readonly string[] Languages = ["de", "en", "fr"];

    [Test]
    public async Task RunAsync_ManyLookupBatches_FillsSentimentCallsWith25TextsOfOneLanguage()
    {
        // A window larger than the shard: no partly filled call is needed to drain it.
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { BatchSize = 5, MaxInFlight = 250 } };
        h.AddShard("a", Enumerable.Range(0, 120).Select(i => Good($"{i}", $"{Languages[i % 3]}: text {i}", Languages[i % 3])).ToArray());

        var summary = await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(summary.Written, Is.EqualTo(120));
            // 40 texts per language: two calls each, where one call per language per lookup batch of 5 would make 72.
            Assert.That(h.Nlp.SentimentCalls, Is.EqualTo(6));
        });
    }

    [Test]
    public async Task RunAsync_ReviewsWithoutLanguage_FillsDetectionCallsAcrossLookupBatches()
    {
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { BatchSize = 5 } };
        h.AddShard("a", Enumerable.Range(0, 60).Select(i => Good($"{i}", $"en: text {i}")).ToArray());

        await h.RunAsync();

        Assert.That(h.Nlp.DetectCalls, Is.EqualTo(3), "60 documents in calls of 25");
    }

    [Test]
    public async Task RunAsync_IdenticalTextsAcrossTheRun_ScoresEachTextOncePerLanguage()
    {
        // A window of 25 forces many partly filled calls, so the same text comes back after its score is known.
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { BatchSize = 5, MaxInFlight = 25 } };
        h.AddShard("a", Enumerable.Range(0, 200).Select(i => Good($"{i}", i % 2 == 0 ? "good" : "bad", i % 4 < 2 ? "en" : "de")).ToArray());

        var summary = await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(h.Nlp.Scored, Is.EquivalentTo(new[] { ("good", "en"), ("bad", "en"), ("good", "de"), ("bad", "de") }));
            Assert.That(h.Sink.Results.Values.Count(r => r.Sentiment == "POSITIVE"), Is.EqualTo(100));
            Assert.That(summary.ComprehendUnits, Is.EqualTo(4 * 3));
        });
    }

    [Test]
    public async Task RunAsync_SmallWindow_StoresEveryRowWithNoMoreThanTheWindowInFlight()
    {
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { BatchSize = 5, MaxInFlight = 25 } };
        string[] languages = ["de", "en", "fr", "sv", "ja", null!];
        h.AddShard("a", Enumerable.Range(0, 300)
            .Select(i => Good($"{i}", $"{languages[i % 6] ?? "en"}: text {i} good", languages[i % 6])).ToArray());

        var summary = await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That((summary.ExitCode, summary.Written), Is.EqualTo((0, 300L)));
            Assert.That(h.Sink.Results.Values.Where(r => r.Error is not null), Is.Empty);
            Assert.That(h.MaxUnstored, Is.LessThanOrEqualTo(25 + 5), "the window plus the lookup batch being read");
        });
    }

    [Test]
    public async Task RunAsync_ManyTextsToTranslate_OverlapsCallsUpToTheBound()
    {
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { TranslateConcurrency = 16 } };
        h.Nlp.TranslateLatency = () => Task.Delay(200);
        h.AddShard("a", Enumerable.Range(0, 40).Select(i => Good($"{i}", $"de: text {i}", "de")).ToArray());

        var summary = await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(summary.TranslateCalls, Is.EqualTo(40));
            Assert.That(h.Nlp.MaxConcurrentTranslations, Is.EqualTo(16));
        });
    }

    [Test]
    public async Task RunAsync_ProviderFailsMidRun_StopsEveryStageAndRethrows()
    {
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { MaxInFlight = 25 } };
        h.AddShard("a", Enumerable.Range(0, 500).Select(i => Good($"{i}", $"de: text {i}", "de")).ToArray());
        h.Nlp.OnTranslate = text =>
        {
            if (text == "de: text 100")
                throw new JobFailedException(ExitCodes.Temporary, "TranslateText: service unavailable");
        };

        var run = h.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(async () => await run, Throws.TypeOf<JobFailedException>().With.Property("ExitCode").EqualTo(ExitCodes.Temporary));
        Assert.That(h.Sink.Runs.Single().Value.Status, Is.EqualTo("failed"));
    }

    [Test]
    public async Task RunAsync_BadLinesOverTheLimitAfterTheSample_StopsReadingAndStoresTheGoodRows()
    {
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { MaxBadRowRate = 0.05 } };
        h.AddShard("a", Enumerable.Range(1, 5_000)
            .Select(i => i % 10 == 0 ? Bad(i, "stars: 9 is outside 1–5") : Good($"{i}", "en: good", "en", line: i)).ToArray());

        var summary = await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCodes.DataError));
            Assert.That(summary.Read + summary.Quarantined, Is.InRange(ReviewPipelineOptions.BadRateMinimumSample, 1_100), "reading stopped early");
            Assert.That(h.Sink.Results, Has.Count.EqualTo(summary.Read), "every good row read is stored");
            Assert.That(h.Sink.Quarantine, Has.Count.EqualTo(summary.Quarantined));
            Assert.That(h.Log.Lines, Has.Some.Contains("above max-bad-rate 5.0%; reading stopped early"));
        });
    }

    [Test]
    public async Task RunAsync_BadLinesUnderTheLimit_ReadsEverything()
    {
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { MaxBadRowRate = 0.2 } };
        h.AddShard("a", Enumerable.Range(1, 3_000)
            .Select(i => i % 10 == 0 ? Bad(i, "review_body: missing") : Good($"{i}", "en: good", "en", line: i)).ToArray());

        var summary = await h.RunAsync();

        Assert.That((summary.ExitCode, summary.Written, summary.Quarantined), Is.EqualTo((0, 2_700L, 300L)));
    }
}
