using Amazon.Runtime;
using FetchRun.Reviews.Nlp.Aws;
using FetchRun.TestSupport.NlpEmulator;

namespace FetchRun.Tests.Nlp.Aws;

/// <summary>Options that point the AWS clients at an emulator, with retries short enough for tests.</summary>
internal static class EmulatorClients
{
    public static AwsNlpOptions Options(NlpEmulator emulator, Action<AwsNlpOptions>? tweak = null)
    {
        var options = new AwsNlpOptions
        {
            Region = "us-east-1",
            TranslateEndpoint = emulator.Url,
            ComprehendEndpoint = emulator.Url,
            Credentials = new BasicAWSCredentials(emulator.Options.AccessKeyId, emulator.Options.SecretAccessKey),
            TranslateTextTps = 1000,
            BatchDetectDominantLanguageTps = 1000,
            BatchDetectSentimentTps = 1000,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            RetryMaxDelay = TimeSpan.FromMilliseconds(50),
            MaxAttempts = 10,
            MaxRetryTime = TimeSpan.FromSeconds(3),
            ReadEnvironment = _ => null,
        };
        tweak?.Invoke(options);
        return options;
    }
}
