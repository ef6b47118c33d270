using FetchRun.Sdk;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Nlp.Aws;
using FetchRun.TestSupport.NlpEmulator;

namespace FetchRun.Tests.Nlp.Aws;

public class AwsComprehendTests : EmulatorTest
{
    private static readonly (string Text, string Language)[] Samples =
    [
        ("Das Ladegerät ist nach zwei Wochen kaputt gegangen. Sehr enttäuscht.", "de"),
        ("Great little kettle, it boils fast and the lid is solid.", "en"),
        ("El tamaño es perfecto y la calidad es muy buena para el precio.", "es"),
        ("Le colis est arrivé en retard et la boîte était abîmée.", "fr"),
        ("とても使いやすいです。また買いたいと思います。", "ja"),
        ("质量很好，物流也很快，非常满意。", "zh"),
    ];

    [Test]
    public async Task DetectAsync_SampleLanguages_AreDetectedInOrder()
    {
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator));

        var results = await comprehend.DetectAsync(Samples.Select(s => s.Text).ToArray(), CancellationToken.None);

        Assert.That(results.Select(r => r.Value?.Code), Is.EqualTo(Samples.Select(s => s.Language)));
        Assert.That(results.Select(r => r.Value!.Score), Is.All.InRange(0.5, 1.0));
        Assert.That(Emulator.Counters.Calls(NlpOperation.BatchDetectDominantLanguage), Is.EqualTo(1));
    }

    [Test]
    public async Task DetectAsync_SixtyTexts_AreSentInBatchesOf25AndReturnedInOrder()
    {
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator));
        var texts = Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? $"[lang:de] Text {i}" : $"[lang:fr] Texte {i}").ToArray();

        var results = await comprehend.DetectAsync(texts, CancellationToken.None);

        Assert.That(results.Select(r => r.Value?.Code), Is.EqualTo(Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? "de" : "fr")));
        Assert.That(Emulator.Counters.Calls(NlpOperation.BatchDetectDominantLanguage), Is.EqualTo(3));
        Assert.That(comprehend.Documents, Is.EqualTo(60));
        Assert.That(Emulator.Counters.Rejected, Is.Zero, "no batch over 25 documents reached the service");
    }

    [Test]
    public async Task DetectAsync_ErrorListEntries_LandOnTheirOwnDocumentsAcrossBatches()
    {
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator));
        var texts = Enumerable.Range(0, 30).Select(i => $"[lang:en] review {i}").ToArray();
        texts[3] = "broken #emulator-error:INTERNAL_SERVER_ERROR";
        texts[27] = "broken #emulator-error:TEXT_SIZE_LIMIT_EXCEEDED";
        texts[10] = "   ";

        var results = await comprehend.DetectAsync(texts, CancellationToken.None);

        Assert.That((results[3].Error, results[3].Transient), Is.EqualTo(("INTERNAL_SERVER_ERROR: Error requested by the document's marker", true)));
        Assert.That((results[27].Error, results[27].Transient), Is.EqualTo(("TEXT_SIZE_LIMIT_EXCEEDED: Error requested by the document's marker", false)));
        Assert.That(results[10].Error, Does.StartWith("EMPTY_TEXT"));
        Assert.That(results.Where((_, i) => i is not (3 or 10 or 27)).Select(r => r.Value?.Code), Is.All.EqualTo("en"));
        Assert.That(comprehend.Documents, Is.EqualTo(29 + 9), "the blank text is not sent; the internal error is sent again alone, up to MaxAttempts (10) in all");
    }

    [Test]
    public async Task AnalyzeAsync_KeywordPolarity_GivesComprehendLabelsAndScores()
    {
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator));

        var results = await comprehend.AnalyzeAsync(
            ["Great kettle, I love it.", "Terrible, it arrived broken.", "Great sound but the case is broken.", "It is a kettle."],
            "en", CancellationToken.None);

        Assert.That(results.Select(r => r.Value!.Label),
            Is.EqualTo(new[] { SentimentLabel.Positive, SentimentLabel.Negative, SentimentLabel.Mixed, SentimentLabel.Neutral }));
        Assert.That(results.Select(r => r.Value!.Positive + r.Value.Negative + r.Value.Neutral + r.Value.Mixed), Is.All.EqualTo(1.0).Within(1e-9));
    }

    [Test]
    public async Task AnalyzeAsync_UnsupportedLanguage_AnswersEveryDocumentWithoutACall()
    {
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator));

        var results = await comprehend.AnalyzeAsync(["Bra produkt.", "Dålig."], "sv", CancellationToken.None);

        Assert.That(comprehend.Supports("sv"), Is.False);
        Assert.That(comprehend.Supports("zh-TW"), Is.True);
        Assert.That(results.Select(r => r.Error), Is.All.StartsWith("UNSUPPORTED_LANGUAGE: "));
        Assert.That(Emulator.Counters.TotalCalls, Is.Zero);
    }

    [Test]
    public async Task AnalyzeAsync_DocumentOver5000Bytes_IsCutAndCounted()
    {
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator));
        var longText = string.Concat(Enumerable.Repeat("とても良い。", 400));

        var results = await comprehend.AnalyzeAsync([longText, "Gut."], "ja", CancellationToken.None);

        Assert.That(AwsComprehend.WouldTruncate(longText), Is.True);
        Assert.That(results.Select(r => r.Succeeded), Is.All.True);
        Assert.That(comprehend.TruncatedDocuments, Is.EqualTo(1));
        Assert.That(Emulator.Counters.Rejected, Is.Zero);
    }

    [Test]
    public async Task AnalyzeAsync_ThrottledAndFailingService_StillScoresEveryDocument()
    {
        Emulator.Options.ThrottleRate = 0.3;
        Emulator.Options.ServerErrorRate = 0.05;
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator));
        var texts = Enumerable.Range(0, 250).Select(i => $"Review {i} is good.").ToArray();

        var results = await comprehend.AnalyzeAsync(texts, "en", CancellationToken.None);

        Assert.That(results.Select(r => r.Value?.Label), Is.All.EqualTo(SentimentLabel.Positive));
        Assert.That(Emulator.Counters.Throttled + Emulator.Counters.Failed, Is.GreaterThan(0));
    }

    [Test]
    public async Task AnalyzeAsync_ManyBatchesAtOnce_StayUnderTheConfiguredRate()
    {
        const int tps = 5;
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator, o => o.BatchDetectSentimentTps = tps));
        var texts = Enumerable.Range(0, 250).Select(i => $"Review {i}").ToArray();

        var results = await comprehend.AnalyzeAsync(texts, "en", CancellationToken.None);

        Assert.That(results.Select(r => r.Succeeded), Is.All.True);
        Assert.That(Emulator.Counters.Calls(NlpOperation.BatchDetectSentiment), Is.EqualTo(10));
        Assert.That(Emulator.Counters.MaxCallsPerSecond(NlpOperation.BatchDetectSentiment), Is.InRange(tps - 1, tps + 1));
    }

    [Test]
    public async Task AnalyzeAsync_WrongSecret_FailsWithPermissionDenied()
    {
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator, o =>
            o.Credentials = new Amazon.Runtime.BasicAWSCredentials(Emulator.Options.AccessKeyId, "wrong")));

        await Assert.ThatAsync(() => comprehend.AnalyzeAsync(["Gut."], "de", CancellationToken.None),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.PermissionDenied));
    }

    [Test]
    public async Task AnalyzeAsync_DocumentInternalErrors_ResendsOnlyThoseDocumentsUntilEveryOneIsScored()
    {
        Emulator.Options.DocumentErrorRate = 0.2;
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator));
        var texts = Enumerable.Range(0, 100).Select(i => $"Review {i} is good.").ToArray();

        var results = await comprehend.AnalyzeAsync(texts, "en", CancellationToken.None);

        Assert.That(results.Select(r => r.Value?.Label), Is.All.EqualTo(SentimentLabel.Positive));
        Assert.That(Emulator.Counters.DocumentErrors, Is.GreaterThan(0));
        Assert.That(comprehend.Documents, Is.EqualTo(texts.Length + Emulator.Counters.DocumentErrors), "only the failed documents are sent again");
    }

    [Test]
    public async Task DetectAsync_DocumentsFailingPastTheRetryBudget_ComeBackTransient()
    {
        Emulator.Options.DocumentErrorRate = 1;
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator, o => o.MaxAttempts = 3));
        var texts = Enumerable.Range(0, 30).Select(i => $"Satz {i}").ToArray();

        var results = await comprehend.DetectAsync(texts, CancellationToken.None);

        Assert.That(results.Select(r => r.Transient), Is.All.True);
        Assert.That(results.Select(r => r.Error), Is.All.StartsWith("INTERNAL_SERVER_ERROR:"));
        Assert.That(Emulator.Counters.Calls(NlpOperation.BatchDetectDominantLanguage), Is.EqualTo(2 * 3), "two batches, three attempts each");
    }

    [Test]
    public async Task DetectAsync_EveryCallThrottled_GivesUpWithTemporaryFailure()
    {
        Emulator.Options.ThrottleRate = 1.0;
        using var comprehend = AwsNlp.CreateComprehend(EmulatorClients.Options(Emulator, o => o.MaxAttempts = 4));

        await Assert.ThatAsync(() => comprehend.DetectAsync(["Hallo"], CancellationToken.None),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Temporary)
                .And.Message.Contains("ThrottlingException"));
        Assert.That(Emulator.Counters.Throttled, Is.EqualTo(4));
    }
}
