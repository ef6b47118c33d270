using FetchRun.Sdk;
using FetchRun.Reviews.Pipeline;
using static FetchRun.Tests.Pipeline.PipelineHarness;

namespace FetchRun.Tests.Pipeline;

/// <summary>A document a service failed (not the document's fault) is never stored, so the next attempt redoes it.</summary>
public sealed class ReviewPipelineTransientTests
{
    private static PipelineHarness Harness(string flakyIn, double maxTransientRate)
    {
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { MaxTransientRate = maxTransientRate } };
        h.Nlp.FlakyIn = flakyIn;
        h.AddShard("a", Good("1", "de: flaky good"), Good("2", "de: fine good"), Good("3", "en: good", "en"), Good("4", "fr: bad"));
        return h;
    }

    [TestCase(FakeNlp.Detect)]
    [TestCase(FakeNlp.Translate)]
    [TestCase(FakeNlp.Sentiment)]
    public async Task RunAsync_TransientFailureUnderTheLimit_SkipsTheReviewAndTheNextAttemptStoresIt(string operation)
    {
        var h = Harness(operation, maxTransientRate: 0.5);

        var first = await h.RunAsync();
        var storedFirst = h.Sink.Results.Keys.ToList();
        h.Nlp.FlakyIn = null;
        var second = await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That((first.ExitCode, first.Written, first.NotStoredTransient), Is.EqualTo((0, 3L, 1L)));
            Assert.That(storedFirst, Is.EquivalentTo(new[] { "2", "3", "4" }), "no row, not even one with an error, for the failed review");
            Assert.That(h.Log.Lines, Has.Some.StartsWith("warn 1 of 4 reviews were not stored because the NLP service failed them"));
            Assert.That((second.ExitCode, second.Skipped, second.Written), Is.EqualTo((0, 3L, 1L)));
            Assert.That(h.Sink.Results["1"], Has.Property("Error").Null.And.Property("Sentiment").EqualTo("POSITIVE"));
        });
    }

    [Test]
    public async Task RunAsync_TransientTranslation_IsNotKeptInTheTranslationCache()
    {
        var h = Harness(FakeNlp.Translate, maxTransientRate: 1);

        await h.RunAsync();

        Assert.That(h.Sink.Translations.Values.Select(t => t.TranslatedText), Is.EquivalentTo(new[] { "[en] de: fine good", "[en] fr: bad" }));
    }

    [Test]
    public void RunAsync_TransientShareOverTheLimit_StoresTheGoodRowsAndFails75()
    {
        var h = Harness(FakeNlp.Sentiment, maxTransientRate: 0.01);

        Assert.That(async () => await h.RunAsync(), Throws.TypeOf<JobFailedException>()
            .With.Property("ExitCode").EqualTo(ExitCodes.Temporary)
            .And.Message.StartsWith("1 of 4 reviews were not stored because the NLP service failed them"));
        Assert.Multiple(() =>
        {
            Assert.That(h.Sink.Results.Keys, Is.EquivalentTo(new[] { "2", "3", "4" }));
            Assert.That(h.Sink.Runs.Single().Value, Has.Property("Status").EqualTo("failed").And.Property("Written").EqualTo(3));
        });
    }
}
