using FetchRun.Sdk;
using FetchRun.Reviews.Nlp.Aws;

namespace FetchRun.Tests.Nlp.Aws;

public class AwsNlpTests
{
    [Test]
    public void CreateTranslator_NoRegionAndBadValues_ReportsEveryProblemWithUsage()
    {
        var options = new AwsNlpOptions { ReadEnvironment = _ => null, TranslateTextTps = 0, MaxAttempts = 0 };

        Assert.That(() => AwsNlp.CreateTranslator(options),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage)
                .And.Message.Contains("AWS_REGION").And.Message.Contains("TranslateTextTps").And.Message.Contains("MaxAttempts"));
    }

    [Test]
    public void Resolve_ServiceEndpointVariable_WinsOverTheGeneralOne()
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_DEFAULT_REGION"] = "eu-west-1",
            ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:1111",
            ["AWS_ENDPOINT_URL_TRANSLATE"] = "http://127.0.0.1:2222",
        };

        var settings = AwsNlpSettings.Resolve(new AwsNlpOptions { ReadEnvironment = environment.GetValueOrDefault });

        Assert.That(settings.Region.SystemName, Is.EqualTo("eu-west-1"));
        Assert.That(settings.TranslateEndpoint, Is.EqualTo(new Uri("http://127.0.0.1:2222")));
        Assert.That(settings.ComprehendEndpoint, Is.EqualTo(new Uri("http://127.0.0.1:1111")));
    }

    [Test]
    public void Resolve_NoEndpointVariables_UsesTheRegionalAwsEndpoints()
    {
        var settings = AwsNlpSettings.Resolve(new AwsNlpOptions { ReadEnvironment = n => n == "AWS_REGION" ? "eu-central-1" : null });

        Assert.That(settings.TranslateEndpoint, Is.EqualTo(new Uri("https://translate.eu-central-1.amazonaws.com")));
        Assert.That(settings.ComprehendEndpoint, Is.EqualTo(new Uri("https://comprehend.eu-central-1.amazonaws.com")));
    }

    [Test]
    public void Resolve_EndpointThatIsNotAUrl_IsAUsageError()
    {
        var environment = new Dictionary<string, string> { ["AWS_REGION"] = "us-east-1", ["AWS_ENDPOINT_URL_COMPREHEND"] = "ftp://x" };

        Assert.That(() => AwsNlpSettings.Resolve(new AwsNlpOptions { ReadEnvironment = environment.GetValueOrDefault }),
            Throws.TypeOf<JobFailedException>().With.Message.Contains("ftp://x"));
    }
}
