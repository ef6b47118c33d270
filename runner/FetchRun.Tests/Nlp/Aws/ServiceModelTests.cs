using System.Text.Json;
using Amazon.Runtime;
using FetchRun.Reviews.Nlp.Aws;
using FetchRun.Reviews.Nlp.Aws.Wire;

namespace FetchRun.Tests.Nlp.Aws;

/// <summary>The requests the clients put on the wire, checked against botocore's service models.</summary>
public class ServiceModelTests
{
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["AWSShineFrontendService_20170701.TranslateText"] =
            """{"TranslatedText":"Good","SourceLanguageCode":"de","TargetLanguageCode":"en"}""",
        ["Comprehend_20171127.BatchDetectDominantLanguage"] =
            """{"ResultList":[{"Index":0,"Languages":[{"LanguageCode":"de","Score":0.99}]}],"ErrorList":[]}""",
        ["Comprehend_20171127.BatchDetectSentiment"] =
            """{"ResultList":[{"Index":0,"Sentiment":"POSITIVE","SentimentScore":{"Positive":0.9,"Negative":0.0,"Neutral":0.1,"Mixed":0.0}}],"ErrorList":[]}""",
    };

    private static AwsNlpOptions Options(RecordingHandler handler) => new()
    {
        Region = "eu-west-1",
        TranslateEndpoint = new Uri("https://translate.example.test/"),
        ComprehendEndpoint = new Uri("https://comprehend.example.test/"),
        Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "secret"),
        HttpHandler = handler,
        ReadEnvironment = _ => null,
    };

    [TestCase("translate", "TranslateText")]
    [TestCase("comprehend", "BatchDetectDominantLanguage")]
    [TestCase("comprehend", "BatchDetectSentiment")]
    public async Task Request_EachOperation_MatchesTheServiceModel(string service, string operation)
    {
        var model = ServiceModels.Load(service);
        var metadata = model.GetProperty("metadata");
        var handler = new RecordingHandler(Answers);
        await CallAsync(operation, Options(handler));

        var (method, headers, body) = handler.Requests.Single();
        Assert.That(method, Is.EqualTo(HttpMethod.Post));
        Assert.That(headers["X-Amz-Target"],
            Is.EqualTo($"{metadata.GetProperty("targetPrefix").GetString()}.{operation}"));
        Assert.That(headers["Content-Type"],
            Is.EqualTo($"application/x-amz-json-{metadata.GetProperty("jsonVersion").GetString()}"));
        Assert.That(headers["Authorization"],
            Does.Contain($"/eu-west-1/{metadata.GetProperty("signingName").GetString()}/aws4_request"));
        var input = ServiceModels.ShapeOf(model, operation, "input");
        var sent = JsonDocument.Parse(body).RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.That(sent, Is.SubsetOf(ServiceModels.Members(model, input)));
        Assert.That(sent, Is.SupersetOf(ServiceModels.Required(model, input)));
    }

    [TestCase("translate", "TranslateText", typeof(TranslateTextResponse))]
    [TestCase("comprehend", "BatchDetectDominantLanguage", typeof(BatchDetectDominantLanguageResponse))]
    [TestCase("comprehend", "BatchDetectSentiment", typeof(BatchDetectSentimentResponse))]
    public void Response_WireType_ReadsOnlyMembersTheModelDefines(string service, string operation, Type wireType)
    {
        var model = ServiceModels.Load(service);
        var output = ServiceModels.ShapeOf(model, operation, "output");

        Assert.That(wireType.GetProperties().Select(p => p.Name), Is.SubsetOf(ServiceModels.Members(model, output)));
    }

    [TestCase("BatchItemError", typeof(BatchItemError))]
    [TestCase("DominantLanguage", typeof(DominantLanguage))]
    [TestCase("SentimentScore", typeof(SentimentScores))]
    [TestCase("BatchDetectSentimentItemResult", typeof(SentimentItem))]
    [TestCase("BatchDetectDominantLanguageItemResult", typeof(DominantLanguageItem))]
    public void Response_NestedWireType_ReadsOnlyMembersTheModelDefines(string shape, Type wireType)
    {
        var model = ServiceModels.Load("comprehend");

        Assert.That(wireType.GetProperties().Select(p => p.Name), Is.SubsetOf(ServiceModels.Members(model, shape)));
    }

    [TestCase("translate", "TranslateText", "TooManyRequestsException")]
    [TestCase("translate", "TranslateText", "UnsupportedLanguagePairException")]
    [TestCase("translate", "TranslateText", "DetectedLanguageLowConfidenceException")]
    [TestCase("translate", "TranslateText", "TextSizeLimitExceededException")]
    [TestCase("comprehend", "BatchDetectSentiment", "UnsupportedLanguageException")]
    [TestCase("comprehend", "BatchDetectSentiment", "BatchSizeLimitExceededException")]
    [TestCase("comprehend", "BatchDetectDominantLanguage", "TextSizeLimitExceededException")]
    public void ErrorNames_HandledByTheClient_AreTheModelsOwn(string service, string operation, string error)
    {
        var model = ServiceModels.Load(service);
        var errors = model.GetProperty("operations").GetProperty(operation).GetProperty("errors")
            .EnumerateArray().Select(e => e.GetProperty("shape").GetString());

        Assert.That(errors, Does.Contain(error));
    }

    private static async Task CallAsync(string operation, AwsNlpOptions options)
    {
        if (operation == "TranslateText")
        {
            using var translator = AwsNlp.CreateTranslator(options);
            var result = await translator.TranslateAsync("Gut", "de", "en", CancellationToken.None);
            Assert.That(result.Text, Is.EqualTo("Good"));
            return;
        }
        using var comprehend = AwsNlp.CreateComprehend(options);
        if (operation == "BatchDetectSentiment")
            Assert.That((await comprehend.AnalyzeAsync(["Gut"], "de", CancellationToken.None))[0].Succeeded, Is.True);
        else
            Assert.That((await comprehend.DetectAsync(["Gut"], CancellationToken.None))[0].Value?.Code, Is.EqualTo("de"));
    }
}
