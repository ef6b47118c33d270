using System.Net;
using Amazon.Runtime;
using FetchRun.Sdk;
using FetchRun.Reviews.Nlp.Aws;

namespace FetchRun.Tests.Nlp.Aws;

/// <summary>Whole-call refusals from Comprehend, answered by a stub: which become document errors and which end the job.</summary>
public class AwsComprehendRefusalTests
{
    private const string Target = "Comprehend_20171127.BatchDetectSentiment";

    private static AwsComprehend Create(HttpStatusCode status, string body) => AwsNlp.CreateComprehend(new AwsNlpOptions
    {
        Region = "us-east-1",
        ComprehendEndpoint = new Uri("https://comprehend.example.test/"),
        Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "secret"),
        HttpHandler = new RecordingHandler(new Dictionary<string, string> { [Target] = body }, status),
        ReadEnvironment = _ => null,
    });

    [Test]
    public async Task AnalyzeAsync_CallRefusedForItsDocuments_GivesEachDocumentTheError()
    {
        using var comprehend = Create(HttpStatusCode.BadRequest,
            """{"__type":"com.amazonaws.comprehend#TextSizeLimitExceededException","message":"too long"}""");

        var results = await comprehend.AnalyzeAsync(["a", "b"], "en", CancellationToken.None);

        Assert.That(results.Select(r => r.Error), Is.All.EqualTo("TEXT_SIZE_LIMIT_EXCEEDED: too long"));
    }

    [Test]
    public async Task AnalyzeAsync_AccessDenied_EndsTheJobWithPermissionDenied()
    {
        using var comprehend = Create(HttpStatusCode.BadRequest, """{"__type":"AccessDeniedException","Message":"no"}""");

        await Assert.ThatAsync(() => comprehend.AnalyzeAsync(["a"], "en", CancellationToken.None),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.PermissionDenied));
    }

    [Test]
    public async Task AnalyzeAsync_UnknownRefusal_EndsTheJobWithUsage()
    {
        using var comprehend = Create(HttpStatusCode.BadRequest, """{"__type":"ResourceNotFoundException","Message":"gone"}""");

        await Assert.ThatAsync(() => comprehend.AnalyzeAsync(["a"], "en", CancellationToken.None),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage)
                .And.Message.Contains("gone"));
    }
}
