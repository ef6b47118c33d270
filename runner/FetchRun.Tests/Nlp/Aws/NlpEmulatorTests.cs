using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using FetchRun.Reviews.Nlp.Aws;
using FetchRun.TestSupport.NlpEmulator;

namespace FetchRun.Tests.Nlp.Aws;

/// <summary>The emulator on its own, spoken to with hand-signed requests, so its checks are tested apart from the client.</summary>
public class NlpEmulatorTests : EmulatorTest
{
    private readonly HttpClient _http = new();

    [OneTimeTearDown]
    public void DisposeClient() => _http.Dispose();

    [Test]
    public async Task Post_BodyChangedAfterSigning_IsRefusedWithInvalidSignature()
    {
        using var request = await SignedAsync("Comprehend_20171127.BatchDetectDominantLanguage", """{"TextList":["Hallo"]}""");
        request.Content = Json("""{"TextList":["Hello"]}""");

        var (status, type, _) = await SendAsync(request);

        Assert.That((status, type), Is.EqualTo((HttpStatusCode.Forbidden, "InvalidSignatureException")));
        Assert.That(Emulator.Counters.TotalCalls, Is.Zero);
    }

    [Test]
    public async Task Post_NoAuthorization_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Emulator.Url) { Content = Json("""{"TextList":["Hallo"]}""") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "Comprehend_20171127.BatchDetectDominantLanguage");

        var (status, type, _) = await SendAsync(request);

        Assert.That((status, type), Is.EqualTo((HttpStatusCode.Forbidden, "MissingAuthenticationTokenException")));
    }

    [Test]
    public async Task Post_SignedForTheWrongService_IsRefused()
    {
        using var request = await SignedAsync("Comprehend_20171127.BatchDetectDominantLanguage", """{"TextList":["Hallo"]}""", service: "translate");

        var (status, type, _) = await SendAsync(request);

        Assert.That((status, type), Is.EqualTo((HttpStatusCode.Forbidden, "InvalidSignatureException")));
    }

    [Test]
    public async Task BatchDetectSentiment_26Documents_IsRefusedWithBatchSizeLimitExceeded()
    {
        var list = JsonSerializer.Serialize(Enumerable.Range(0, 26).Select(i => $"text {i}"));
        using var request = await SignedAsync("Comprehend_20171127.BatchDetectSentiment", $$"""{"TextList":{{list}},"LanguageCode":"en"}""");

        var (status, type, _) = await SendAsync(request);

        Assert.That((status, type), Is.EqualTo((HttpStatusCode.BadRequest, "BatchSizeLimitExceededException")));
    }

    [Test]
    public async Task BatchDetectDominantLanguage_DocumentOver5000Bytes_IsRefusedWithTextSizeLimitExceeded()
    {
        var list = JsonSerializer.Serialize(new[] { "ok", new string('ä', 2501) });
        using var request = await SignedAsync("Comprehend_20171127.BatchDetectDominantLanguage", $$"""{"TextList":{{list}}}""");

        var (status, type, _) = await SendAsync(request);

        Assert.That((status, type), Is.EqualTo((HttpStatusCode.BadRequest, "TextSizeLimitExceededException")));
    }

    [Test]
    public async Task TranslateText_TextOver10000Bytes_IsRefusedWithTextSizeLimitExceeded()
    {
        var text = JsonSerializer.Serialize(new string('x', 10_001));
        using var request = await SignedAsync("AWSShineFrontendService_20170701.TranslateText",
            $$"""{"Text":{{text}},"SourceLanguageCode":"de","TargetLanguageCode":"en"}""", service: "translate");

        var (status, type, _) = await SendAsync(request);

        Assert.That((status, type), Is.EqualTo((HttpStatusCode.BadRequest, "TextSizeLimitExceededException")));
    }

    [Test]
    public async Task BatchDetectSentiment_UnsupportedLanguage_PutsEveryDocumentInErrorList()
    {
        using var request = await SignedAsync("Comprehend_20171127.BatchDetectSentiment", """{"TextList":["a","b"],"LanguageCode":"sv"}""");

        var (status, _, body) = await SendAsync(request);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var errors = body.GetProperty("ErrorList").EnumerateArray().ToArray();
        Assert.That(errors.Select(e => e.GetProperty("Index").GetInt32()), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(errors.Select(e => e.GetProperty("ErrorCode").GetString()), Is.All.EqualTo("UNSUPPORTED_LANGUAGE"));
        Assert.That(body.GetProperty("ResultList").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task BatchDetectSentiment_MissingLanguageCode_IsAnInvalidRequest()
    {
        using var request = await SignedAsync("Comprehend_20171127.BatchDetectSentiment", """{"TextList":["a"]}""");

        var (status, type, _) = await SendAsync(request);

        Assert.That((status, type), Is.EqualTo((HttpStatusCode.BadRequest, "InvalidRequestException")));
    }

    [Test]
    public async Task Post_UnknownTarget_IsRefused()
    {
        using var request = await SignedAsync("Comprehend_20171127.DetectPiiEntities", """{"Text":"a"}""");

        var (status, type, _) = await SendAsync(request);

        Assert.That((status, type), Is.EqualTo((HttpStatusCode.BadRequest, "UnknownOperationException")));
    }

    [Test]
    public async Task Post_QuotaExceeded_ThrottlesTheExcessAndRecordsThePeakRate()
    {
        Emulator.Options.OperationQuotaTps[NlpOperation.BatchDetectDominantLanguage] = 3;

        var outcomes = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            using var request = await SignedAsync("Comprehend_20171127.BatchDetectDominantLanguage", """{"TextList":["Hallo"]}""");
            outcomes.Add((await SendAsync(request)).Type);
        }

        Assert.That(outcomes, Is.EqualTo(new[] { null, null, null, "ThrottlingException", "ThrottlingException" }));
        Assert.That(Emulator.Counters.Throttled, Is.EqualTo(2));
        Assert.That(Emulator.Counters.ThrottledCalls(NlpOperation.BatchDetectDominantLanguage), Is.EqualTo(2));
        Assert.That(Emulator.Counters.MaxCallsPerSecond(NlpOperation.BatchDetectDominantLanguage), Is.EqualTo(5));
        Assert.That(Emulator.Counters.MaxAdmittedPerSecond(NlpOperation.BatchDetectDominantLanguage), Is.EqualTo(3));
    }

    [Test]
    public async Task Post_OneOperationOverItsQuota_ThrottlesOnlyThatOperation()
    {
        Emulator.Options.OperationQuotaTps[NlpOperation.TranslateText] = 2;

        var translations = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            using var translate = await SignedAsync("AWSShineFrontendService_20170701.TranslateText",
                """{"Text":"Hallo","SourceLanguageCode":"de","TargetLanguageCode":"en"}""", service: "translate");
            translations.Add((await SendAsync(translate)).Type);
        }
        using var detect = await SignedAsync("Comprehend_20171127.BatchDetectDominantLanguage", """{"TextList":["Hallo"]}""");
        var (detectStatus, _, _) = await SendAsync(detect);

        Assert.That(translations, Is.EqualTo(new[] { null, null, "TooManyRequestsException" }));
        Assert.That(detectStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Emulator.Counters.ThrottledCalls(NlpOperation.TranslateText), Is.EqualTo(1));
        Assert.That(Emulator.Counters.ThrottledCalls(NlpOperation.BatchDetectDominantLanguage), Is.Zero);
    }

    [Test]
    public void WithDefaultQuotas_EqualsTheClientDefaults()
    {
        var options = new NlpEmulatorOptions().WithDefaultQuotas();

        Assert.That(options.OperationQuotaTps, Is.EquivalentTo(new Dictionary<string, double>
        {
            [NlpOperation.TranslateText] = AwsNlpDefaults.TranslateTextTps,
            [NlpOperation.BatchDetectDominantLanguage] = AwsNlpDefaults.BatchDetectDominantLanguageTps,
            [NlpOperation.BatchDetectSentiment] = AwsNlpDefaults.BatchDetectSentimentTps,
        }));
    }

    [Test]
    public async Task BatchDetectSentiment_DocumentErrorRateOne_AnswersEveryDocumentInErrorList()
    {
        Emulator.Options.DocumentErrorRate = 1;
        using var request = await SignedAsync("Comprehend_20171127.BatchDetectSentiment", """{"TextList":["good","bad"],"LanguageCode":"en"}""");

        var (status, _, body) = await SendAsync(request);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("ResultList").GetArrayLength(), Is.Zero);
        var errors = body.GetProperty("ErrorList").EnumerateArray()
            .Select(e => (e.GetProperty("Index").GetInt32(), e.GetProperty("ErrorCode").GetString())).ToArray();
        Assert.That(errors, Is.EqualTo(new[] { (0, "INTERNAL_SERVER_ERROR"), (1, "INTERNAL_SERVER_ERROR") }));
        Assert.That(Emulator.Counters.DocumentErrors, Is.EqualTo(2));
    }

    [Test]
    public async Task TranslateText_ThrottleRateOne_AnswersTooManyRequests()
    {
        Emulator.Options.ThrottleRate = 1;
        using var request = await SignedAsync("AWSShineFrontendService_20170701.TranslateText",
            """{"Text":"Hallo","SourceLanguageCode":"de","TargetLanguageCode":"en"}""", service: "translate");

        var (status, type, _) = await SendAsync(request);

        Assert.That((status, type), Is.EqualTo((HttpStatusCode.BadRequest, "TooManyRequestsException")));
    }

    private async Task<HttpRequestMessage> SignedAsync(string target, string json, string service = "comprehend")
    {
        var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = Emulator.Url, Content = Encoding.UTF8.GetBytes(json) };
        signing.Headers["Content-Type"] = "application/x-amz-json-1.1";
        signing.Headers["X-Amz-Target"] = target;
        var signed = await AWSSigV4Signer.SignAsync(signing, new AWSSigV4Parameters
        {
            Credentials = new BasicAWSCredentials(Emulator.Options.AccessKeyId, Emulator.Options.SecretAccessKey),
            Region = RegionEndpoint.USEast1,
            Service = service,
        }, CancellationToken.None);
        var request = new HttpRequestMessage(HttpMethod.Post, Emulator.Url) { Content = Json(json) };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        foreach (var (name, value) in signed.Headers)
            request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private static ByteArrayContent Json(string json)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        return content;
    }

    private async Task<(HttpStatusCode Status, string? Type, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        var type = body.TryGetProperty("__type", out var t) ? t.GetString() : null;
        return (response.StatusCode, type, body);
    }
}
