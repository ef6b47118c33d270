using System.Diagnostics;
using FetchRun.Sdk;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Nlp.Aws;
using FetchRun.TestSupport.NlpEmulator;

namespace FetchRun.Tests.Nlp.Aws;

public class AwsTranslatorTests : EmulatorTest
{
    [Test]
    public async Task TranslateAsync_GermanToEnglish_ReturnsTheTranslationAndBillsEveryCharacter()
    {
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator));

        var result = await translator.TranslateAsync("Sehr gut, gerne wieder.", "de", "en", CancellationToken.None);

        Assert.That(result, Is.EqualTo(new TranslationResult("[en] Sehr gut, gerne wieder.", TranslationStatus.Translated, 23)));
        Assert.That(translator.Calls, Is.EqualTo(1));
        Assert.That(Emulator.Counters.Calls(NlpOperation.TranslateText), Is.EqualTo(1));
    }

    [Test]
    public async Task TranslateAsync_SameLanguageOrBlank_MakesNoCall()
    {
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator));

        var same = await translator.TranslateAsync("Great.", "en", "EN", CancellationToken.None);
        var blank = await translator.TranslateAsync("  ", "de", "en", CancellationToken.None);

        Assert.That(same.Status, Is.EqualTo(TranslationStatus.NotNeeded));
        Assert.That(blank.Status, Is.EqualTo(TranslationStatus.NotNeeded));
        Assert.That(Emulator.Counters.TotalCalls, Is.Zero);
    }

    [Test]
    public async Task TranslateAsync_TextOver10000Bytes_IsCutAtASentenceAndMarkedTruncated()
    {
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator));
        var text = string.Concat(Enumerable.Repeat("Das Produkt ist wirklich gut. ", 500));

        var result = await translator.TranslateAsync(text, "de", "en", CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(TranslationStatus.Truncated));
        Assert.That(result.Text, Does.StartWith("[en] Das Produkt").And.EndWith("gut."));
        Assert.That(result.BilledCharacters, Is.LessThanOrEqualTo(10_000).And.GreaterThan(9_000));
        Assert.That(Emulator.Counters.Rejected, Is.Zero);
    }

    [Test]
    public async Task TranslateAsync_UnsupportedPair_IsAFailedRowNotAFailedJob()
    {
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator));

        var result = await translator.TranslateAsync("Bra produkt.", "xx", "en", CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(TranslationStatus.Failed));
        Assert.That(result.Text, Is.Null);
        Assert.That(result.Error, Does.StartWith("UNSUPPORTED_LANGUAGE_PAIR: "));
    }

    [Test]
    public async Task TranslateAsync_AutoSourceWithNothingToDetect_IsFailedWithLowConfidence()
    {
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator));

        var result = await translator.TranslateAsync("12345 !!!", "auto", "en", CancellationToken.None);

        Assert.That(result.Error, Does.StartWith("DETECTED_LANGUAGE_LOW_CONFIDENCE: "));
    }

    [Test]
    public async Task TranslateAsync_WrongSecret_FailsWithPermissionDenied()
    {
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator, o =>
            o.Credentials = new Amazon.Runtime.BasicAWSCredentials(Emulator.Options.AccessKeyId, "not-the-secret")));

        await Assert.ThatAsync(() => translator.TranslateAsync("Gut.", "de", "en", CancellationToken.None),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.PermissionDenied)
                .And.Message.Contains("InvalidSignatureException"));
    }

    [Test]
    public async Task TranslateAsync_UnknownAccessKey_FailsWithPermissionDenied()
    {
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator, o =>
            o.Credentials = new Amazon.Runtime.BasicAWSCredentials("AKIDSOMEONEELSE", Emulator.Options.SecretAccessKey)));

        await Assert.ThatAsync(() => translator.TranslateAsync("Gut.", "de", "en", CancellationToken.None),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.PermissionDenied));
    }

    [Test]
    public async Task TranslateAsync_ThrottlingAndServerErrors_AreRetriedUntilEveryTextIsTranslated()
    {
        Emulator.Options.ThrottleRate = 0.3;
        Emulator.Options.ServerErrorRate = 0.05;
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator));
        var texts = Enumerable.Range(0, 60).Select(i => $"Text Nummer {i} ist gut.").ToArray();

        var results = await Task.WhenAll(texts.Select(t => translator.TranslateAsync(t, "de", "en", CancellationToken.None)));

        Assert.That(results.Select(r => r.Text), Is.EqualTo(texts.Select(t => "[en] " + t)));
        Assert.That(Emulator.Counters.Throttled, Is.GreaterThan(0));
        Assert.That(Emulator.Counters.DistinctTextsTranslated, Is.EqualTo(60));
        Assert.That(texts.Select(Emulator.Counters.Translations), Is.All.EqualTo(1), "one successful call per distinct text");
    }

    [Test]
    public async Task TranslateAsync_ManyConcurrentCallers_StayUnderTheConfiguredRate()
    {
        const int tps = 20;
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator, o => o.TranslateTextTps = tps));
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => translator.TranslateAsync($"Nummer {i}", "de", "en", CancellationToken.None)));

        // The limiter spaces calls 1/TPS apart; one call of slack covers network jitter at the window's edge.
        Assert.That(Emulator.Counters.MaxCallsPerSecond(NlpOperation.TranslateText), Is.InRange(tps - 2, tps + 1));
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(49.0 / tps)));
    }

    [Test]
    public async Task TranslateAsync_ThrottlingAndServerErrorsUnderARate_DeliverEverythingWithoutExceedingIt()
    {
        const int tps = 25;
        Emulator.Options.ThrottleRate = 0.3;
        Emulator.Options.ServerErrorRate = 0.05;
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator, o =>
        {
            o.TranslateTextTps = tps;
            o.MaxRetryTime = TimeSpan.FromSeconds(20);
        }));
        var texts = Enumerable.Range(0, 40).Select(i => $"Satz {i} ist gut.").ToArray();

        var results = await Task.WhenAll(texts.Select(t => translator.TranslateAsync(t, "de", "en", CancellationToken.None)));

        Assert.That(results.Select(r => r.Status), Is.All.EqualTo(TranslationStatus.Translated));
        Assert.That(Emulator.Counters.Throttled + Emulator.Counters.Failed, Is.GreaterThan(0));
        Assert.That(Emulator.Counters.MaxCallsPerSecond(NlpOperation.TranslateText), Is.LessThanOrEqualTo(tps + 1));
    }

    [Test]
    public async Task TranslateAsync_EveryCallFails_GivesUpWithATransientResultWithinTheRetryBudget()
    {
        Emulator.Options.FailAll = true;
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator, o =>
        {
            o.MaxAttempts = 100;
            o.MaxRetryTime = TimeSpan.FromSeconds(1);
        }));
        var watch = Stopwatch.StartNew();

        var result = await translator.TranslateAsync("Gut.", "de", "en", CancellationToken.None);

        Assert.That((result.Status, result.Transient, result.Text, result.BilledCharacters), Is.EqualTo((TranslationStatus.Failed, true, (string?)null, 0L)));
        Assert.That(result.Error, Does.Contain("InternalServerException"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
        Assert.That(Emulator.Counters.Failed, Is.GreaterThan(1));
    }

    [Test]
    public async Task TranslateAsync_EveryCallFails_StopsAfterMaxAttempts()
    {
        Emulator.Options.FailAll = true;
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator, o => o.MaxAttempts = 3));

        var result = await translator.TranslateAsync("Gut.", "de", "en", CancellationToken.None);

        Assert.That((result.Status, result.Transient), Is.EqualTo((TranslationStatus.Failed, true)));
        Assert.That(Emulator.Counters.Calls(NlpOperation.TranslateText), Is.EqualTo(3));
    }

    [Test]
    public async Task TranslateAsync_NothingListening_GivesUpWithTemporaryFailure()
    {
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator, o =>
        {
            o.TranslateEndpoint = new Uri($"http://127.0.0.1:{FetchRun.TestSupport.Ports.FreeLoopbackPort()}/");
            o.MaxAttempts = 3;
        }));

        var result = await translator.TranslateAsync("Gut.", "de", "en", CancellationToken.None);

        Assert.That((result.Status, result.Transient), Is.EqualTo((TranslationStatus.Failed, true)));
        Assert.That(result.Error, Does.Contain("3 attempts"));
    }

    [Test]
    public async Task TranslateAsync_EveryCallThrottled_StopsRetryingWhenTheOperationsRetryQuotaIsSpent()
    {
        Emulator.Options.ThrottleRate = 1;
        using var translator = AwsNlp.CreateTranslator(EmulatorClients.Options(Emulator, o =>
        {
            o.MaxAttempts = 1000;
            o.MaxRetryTime = TimeSpan.FromMinutes(1);
            o.RetryBaseDelay = o.RetryMaxDelay = TimeSpan.FromMilliseconds(1);
        }));

        var first = await translator.TranslateAsync("Gut.", "de", "en", CancellationToken.None);
        var second = await translator.TranslateAsync("Schlecht.", "de", "en", CancellationToken.None);

        Assert.That((first.Transient, second.Transient), Is.EqualTo((true, true)));
        Assert.That(first.Error, Does.Contain("retry quota of TranslateText spent"));
        Assert.That(Emulator.Counters.Calls(NlpOperation.TranslateText), Is.EqualTo(RetryQuota.Capacity / RetryQuota.RetryCost + 2),
            "100 retries in all, then each call is sent once");
    }
}
