using FetchRun.Sdk.Nlp.Aws;
using FetchRun.Sdk.Nlp.Local;

namespace FetchRun.Sdk.Nlp;

public sealed partial record NlpProviders
{
    /// <summary>Chooses the providers: <c>local</c> (default) or <c>aws</c>.</summary>
    public const string ProviderVariable = "FETCHRUN_NLP";

    /// <summary>The offline providers: Lingua language detection, VADER English sentiment, no translation.</summary>
    public static NlpProviders Local() =>
        new(new LocalLanguageDetector(), new LocalSentimentAnalyzer(), new LocalTranslator(), Billed: false);

    /// <summary>Amazon Comprehend and Translate, signed with the default credential chain.</summary>
    public static NlpProviders Aws(AwsNlpOptions? options = null)
    {
        var comprehend = AwsNlp.CreateComprehend(options);
        return new NlpProviders(comprehend, comprehend, AwsNlp.CreateTranslator(options), Billed: true);
    }

    /// <summary>The providers named by <c>FETCHRUN_NLP</c>; any other value fails the job with exit code 64.</summary>
    public static NlpProviders FromEnvironment(Func<string, string?>? read = null)
    {
        var name = (read ?? Environment.GetEnvironmentVariable)(ProviderVariable)?.Trim();
        return name?.ToLowerInvariant() switch
        {
            null or "" or "none" or "local" => Local(),
            "aws" => Aws(),
            _ => throw new JobFailedException(ExitCodes.Usage, $"{ProviderVariable} must be 'local' or 'aws', not '{name}'."),
        };
    }
}
