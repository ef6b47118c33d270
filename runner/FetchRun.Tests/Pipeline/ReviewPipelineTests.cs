using FetchRun.Sdk;
using FetchRun.Reviews.Pipeline;
using FetchRun.Reviews.Sinks;
using static FetchRun.Tests.Pipeline.PipelineHarness;

namespace FetchRun.Tests.Pipeline;

public sealed class ReviewPipelineTests
{
    [Test]
    public async Task Given_languages_are_kept_missing_ones_detected_and_only_other_languages_translated()
    {
        var h = new PipelineHarness();
        h.AddShard("a", Good("1", "en: good book"), Good("2", "de: gutes Buch good", "DE"), Good("3", "fr: bad livre"));

        var summary = await h.RunAsync();

        Assert.That(summary.ExitCode, Is.Zero);
        var rows = h.Sink.Results;
        Assert.Multiple(() =>
        {
            Assert.That(rows["1"], Has.Property("Language").EqualTo("en").And.Property("LanguageDetected").True
                .And.Property("TranslationStatus").EqualTo("not_needed").And.Property("TranslatedText").Null);
            Assert.That(rows["2"], Has.Property("Language").EqualTo("de").And.Property("LanguageDetected").False
                .And.Property("TranslatedText").EqualTo("[en] de: gutes Buch good"));
            Assert.That(rows["3"].Sentiment, Is.EqualTo("NEGATIVE"));
            Assert.That(h.Nlp.TranslateCalls, Is.EqualTo(2));
            Assert.That(h.Nlp.DetectCalls, Is.EqualTo(1), "one detection call for the two rows without a language");
            Assert.That(summary.ByLanguage, Is.EquivalentTo(new Dictionary<string, long> { ["de"] = 1, ["en"] = 1, ["fr"] = 1 }));
        });
    }

    [Test]
    public async Task Sentiment_is_scored_on_the_source_when_supported_and_on_the_translation_otherwise()
    {
        var h = new PipelineHarness { Nlp = new FakeNlp(true, "en", "de") };
        h.AddShard("a", Good("de", "gut good", "de"), Good("sv", "bra good", "sv"));

        await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(h.Sink.Results["de"].ScoredOn, Is.EqualTo("source"));
            Assert.That(h.Sink.Results["sv"].ScoredOn, Is.EqualTo("translation"));
            Assert.That(h.Nlp.Scored, Is.EquivalentTo(new[] { ("gut good", "de"), ("[en] bra good", "en") }));
        });
    }

    [Test]
    public async Task Without_a_translator_rows_say_so_and_unsupported_languages_are_not_scored()
    {
        var h = new PipelineHarness { Nlp = new FakeNlp(canTranslate: false, "en"), Billed = false };
        h.AddShard("a", Good("en", "good", "en"), Good("ja", "良い good", "ja"));

        var summary = await h.RunAsync();

        var ja = h.Sink.Results["ja"];
        Assert.Multiple(() =>
        {
            Assert.That(ja.TranslationStatus, Is.EqualTo("not_available"));
            Assert.That(ja.TranslatedText, Is.Null);
            Assert.That(ja.Sentiment, Is.Null);
            Assert.That(ja.ScoredOn, Is.EqualTo("none"));
            Assert.That(ja.Error, Is.EqualTo("sentiment: fake does not score 'ja' and there is no translation"));
            Assert.That(h.Nlp.TranslateCalls, Is.Zero);
            Assert.That(summary.ComprehendUnits + summary.TranslateCharacters, Is.Zero, "offline providers cost nothing");
            Assert.That(summary.BySentiment, Is.EquivalentTo(new Dictionary<string, long> { ["POSITIVE"] = 1, ["none"] = 1 }));
        });
    }

    [Test]
    public async Task Identical_texts_are_translated_once_and_later_runs_use_the_translation_cache()
    {
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { BatchSize = 2 } };
        h.AddShard("a", Good("1", "same", "de"), Good("2", "same", "de"), Good("3", "same", "de"), Good("4", "other", "de"));

        var first = await h.RunAsync();
        h.Shards.Clear();
        h.AddShard("b", Good("5", "same", "de"), Good("6", "other", "de"));
        var second = await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.TranslateCalls, Is.EqualTo(2));
            Assert.That(first.TranslationCacheHits, Is.EqualTo(2));
            Assert.That(first.TranslateCharacters, Is.EqualTo("same".Length + "other".Length));
            Assert.That(second.TranslateCalls, Is.Zero);
            Assert.That(second.TranslationCacheHits, Is.EqualTo(2));
            Assert.That(h.Nlp.TranslateCalls, Is.EqualTo(2));
            Assert.That(h.Sink.Results["5"].TranslatedText, Is.EqualTo("[en] same"));
        });
    }

    [Test]
    public async Task A_rerun_skips_stored_reviews_before_any_paid_call()
    {
        var h = new PipelineHarness();
        h.AddShard("a", Good("1", "a good"), Good("2", "de: b"), Good("3", "fr: c"));
        await h.RunAsync();
        var calls = (h.Nlp.DetectCalls, h.Nlp.SentimentCalls, h.Nlp.TranslateCalls);

        var again = await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(again.Skipped, Is.EqualTo(3));
            Assert.That(again.Written, Is.Zero);
            Assert.That((h.Nlp.DetectCalls, h.Nlp.SentimentCalls, h.Nlp.TranslateCalls), Is.EqualTo(calls));
            Assert.That(h.Sink.Results, Has.Count.EqualTo(3));
            Assert.That(h.Sink.Runs.Values.Select(r => r.Status), Is.EqualTo(new[] { "succeeded", "succeeded" }));
        });
    }

    [Test]
    public async Task Billing_counts_characters_and_comprehend_units_with_the_three_unit_minimum()
    {
        var h = new PipelineHarness();
        var longText = "en: good " + new string('x', 341); // 350 characters: 4 units
        h.AddShard("a", Good("1", longText), Good("2", "de: kurz"));

        var summary = await h.RunAsync();

        // Detection: both rows (4 + 3 units); sentiment: both on the source (4 + 3 units).
        Assert.Multiple(() =>
        {
            Assert.That(summary.ComprehendUnits, Is.EqualTo(14));
            Assert.That(summary.TranslateCharacters, Is.EqualTo("de: kurz".Length));
            Assert.That(summary.EstimatedCostUsd, Is.EqualTo(14 * 0.0001m + 8 * 15m / 1_000_000m));
            Assert.That(h.Sink.Runs.Single().Value, Has.Property("SentimentUnits").EqualTo(7).And.Property("LanguageUnits").EqualTo(7));
        });
    }

    [Test]
    public async Task Bad_lines_are_quarantined_and_above_the_limit_the_job_fails_65_after_storing_the_good_rows()
    {
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { MaxBadRowRate = 0.2 } };
        h.AddShard("a", Good("1", "en: good", line: 1), Bad(2, "stars: 9 is outside 1–5"), Good("2", "en: ok", line: 3),
            Bad(4, "review_body: missing"));

        var summary = await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(summary.ExitCode, Is.EqualTo(ExitCodes.DataError));
            Assert.That(h.Sink.Results.Keys, Is.EquivalentTo(new[] { "1", "2" }));
            Assert.That(h.Sink.Quarantine.Values.Select(q => (q.Line, q.Reason)),
                Is.EquivalentTo(new[] { (2L, "stars: 9 is outside 1–5"), (4L, "review_body: missing") }));
            Assert.That(h.Log.Lines, Has.Some.StartsWith("error 2 of 4 lines are bad (50.0%), above max-bad-rate 20.0%"));
            Assert.That(h.Sink.Runs.Single().Value.Status, Is.EqualTo("failed"));
        });
    }

    [Test]
    public async Task Under_the_limit_bad_lines_do_not_fail_the_job()
    {
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { MaxBadRowRate = 0.5 } };
        h.AddShard("a", Good("1", "en: good"), Bad(2, "malformed JSON"));

        var summary = await h.RunAsync();

        Assert.That((summary.ExitCode, summary.Quarantined, summary.Written), Is.EqualTo((0, 1L, 1L)));
    }

    [Test]
    public async Task A_review_id_seen_twice_in_a_batch_is_quarantined_naming_the_first()
    {
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { MaxBadRowRate = 1 } };
        h.AddShard("a", Good("1", "en: first", source: "a.jsonl", line: 7));
        h.AddShard("b", Good("1", "en: second", source: "b.jsonl", line: 2));

        await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(h.Sink.Results["1"].Body, Is.EqualTo("en: first"));
            Assert.That(h.Sink.Quarantine[("b.jsonl", 2)].Reason, Is.EqualTo("review_id: duplicate of a.jsonl line 7"));
        });
    }

    [Test]
    public async Task Per_document_errors_are_recorded_on_the_row()
    {
        var h = new PipelineHarness();
        h.AddShard("a", Good("1", "no language marker"), Good("2", "nicht übersetzbar", "xx"));

        await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(h.Sink.Results["1"], Has.Property("Language").EqualTo("und")
                .And.Property("Error").EqualTo("language: NO_LANGUAGE: cannot tell; translation: the source language is unknown; sentiment: the language is unknown"));
            Assert.That(h.Sink.Results["2"], Has.Property("TranslationStatus").EqualTo("failed")
                .And.Property("Error").StartsWith("translation: UnsupportedLanguagePairException: xx"));
        });
    }

    [Test]
    public async Task A_stop_request_starts_no_new_paid_call_returns_143_and_a_rerun_pays_nothing_twice()
    {
        using var stop = new CancellationTokenSource();
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var h = new PipelineHarness { Options = new ReviewPipelineOptions { BatchSize = 2 } };
        h.AddShard("a", Enumerable.Range(1, 10).Select(i => Good($"{i}", $"de: text {i}", "de", line: i)).ToArray());
        // The reader waits before row 6 until the stop request, which comes while row 3 is being translated.
        h.BeforeItem = item => item.Review!.ReviewId == "6" ? resume.Task : Task.CompletedTask;
        var translatedAtStop = 0;
        h.Nlp.OnTranslate = text =>
        {
            if (text != "de: text 3")
                return;
            stop.Cancel();
            translatedAtStop = h.Nlp.TranslateCalls;
            resume.TrySetResult();
        };

        var stopped = await h.RunAsync(stop.Token);
        var translatedInFirstRun = h.Nlp.TranslateCalls;
        var keptInFirstRun = h.Sink.Translations.Count;
        h.Nlp.OnTranslate = null;
        h.BeforeItem = null;
        var rerun = await h.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(stopped.ExitCode, Is.EqualTo(ExitCodes.Stopped));
            Assert.That(h.Sink.Runs.Values.Select(r => r.Status), Is.EquivalentTo(new[] { "stopped", "succeeded" }));
            Assert.That(translatedInFirstRun, Is.EqualTo(translatedAtStop), "no translation started after the stop request");
            Assert.That(keptInFirstRun, Is.EqualTo(translatedInFirstRun), "what was paid for is kept");
            Assert.That(rerun.ExitCode, Is.Zero);
            Assert.That(stopped.Written + rerun.Written, Is.EqualTo(10));
            Assert.That(h.Sink.Results, Has.Count.EqualTo(10));
            Assert.That(h.Nlp.TranslateCalls, Is.EqualTo(10), "nothing was translated twice");
            Assert.That(h.Nlp.Scored, Has.Count.EqualTo(10), "nothing was scored twice");
        });
    }

    [Test]
    public async Task Translations_are_kept_before_the_rows_so_a_crash_after_paying_loses_nothing_paid()
    {
        var h = new PipelineHarness();
        h.AddShard("a", Good("1", "de: eins"));
        var sink = new FailingRowsSink();

        Assert.That(async () => await new ReviewPipeline(h.Nlp.Providers(), sink, h.Log, JobInfo.Local, h.Options,
                _ => h.Shards.Values.Single().ToAsyncEnumerable(), TimeProvider.System).RunAsync(h.Inputs, CancellationToken.None),
            Throws.TypeOf<JobFailedException>().With.Property("ExitCode").EqualTo(ExitCodes.Temporary));
        Assert.That(sink.Inner.Translations.Values.Select(t => t.TranslatedText), Is.EqualTo(new[] { "[en] de: eins" }));
        Assert.That(sink.Inner.Runs.Single().Value.Status, Is.EqualTo("failed"));
    }

    [Test]
    public async Task Detected_languages_and_scores_are_kept_before_the_rows_so_the_next_attempt_pays_for_neither_again()
    {
        var h = new PipelineHarness();
        h.AddShard("a", Good("1", "en: good book"), Good("2", "en: bad book"), Good("3", "en: good book"));
        var sink = new FailingRowsSink();
        Task<ReviewRunSummary> Attempt(IReviewSink target) => new ReviewPipeline(h.Nlp.Providers(), target, h.Log, JobInfo.Local, h.Options,
            _ => h.Shards.Values.Single().ToAsyncEnumerable(), TimeProvider.System).RunAsync(h.Inputs, CancellationToken.None);

        Assert.That(async () => await Attempt(sink), Throws.TypeOf<JobFailedException>().With.Property("ExitCode").EqualTo(ExitCodes.Temporary));
        var (detectCalls, sentimentCalls) = (h.Nlp.DetectCalls, h.Nlp.SentimentCalls);
        var rerun = await Attempt(sink.Inner);

        Assert.Multiple(() =>
        {
            Assert.That((detectCalls, sentimentCalls), Is.EqualTo((1, 1)), "the failed attempt paid once for each");
            Assert.That(sink.Inner.Answers.Values, Is.EquivalentTo(new[] { "en 0.99", "en 0.99", "Positive 0.8 0.1 0.1 0", "Negative 0.1 0.8 0.1 0" }),
                "a language and a score for each of the two distinct texts");
            Assert.That(rerun.ExitCode, Is.Zero);
            Assert.That((h.Nlp.DetectCalls, h.Nlp.SentimentCalls), Is.EqualTo((detectCalls, sentimentCalls)), "the next attempt paid for nothing again");
            Assert.That(sink.Inner.Results.Values.OrderBy(r => r.ReviewId).Select(r => (r.Language, r.Sentiment)),
                Is.EqualTo(new[] { ("en", "POSITIVE"), ("en", "NEGATIVE"), ("en", "POSITIVE") }), "the kept answers read back as the rows");
        });
    }

    [Test]
    public async Task Answers_of_a_provider_that_is_not_billed_are_not_kept()
    {
        var h = new PipelineHarness { Billed = false };
        h.AddShard("a", Good("1", "en: good book"));

        Assert.That((await h.RunAsync()).ExitCode, Is.Zero);
        Assert.That(h.Sink.Answers, Is.Empty);
    }

    [Test]
    public void A_job_without_inputs_is_a_usage_error()
    {
        var h = new PipelineHarness();

        Assert.That(async () => await h.RunAsync(), Throws.TypeOf<JobFailedException>()
            .With.Property("ExitCode").EqualTo(ExitCodes.Usage)
            .And.Message.EqualTo("no input shards: pass --input <uri> (a shard, or a prefix ending in '/')."));
        Assert.That(h.Sink.Runs, Is.Empty);
    }
}
