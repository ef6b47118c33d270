using System.Globalization;
using FetchRun.Reviews.Nlp.Aws;
using FetchRun.Reviews.Nlp.Local;

namespace FetchRun.Reviews.Nlp;

public sealed partial record NlpProviders
{
    /// <summary>Chooses the providers: <c>local</c> (default) or <c>aws</c>.</summary>
    public const string ProviderVariable = "FETCHRUN_NLP";

    /// <summary>Calls per second to TranslateText, per process (default 20). An array job's children share the account quota.</summary>
    public const string TranslateTpsVariable = "FETCHRUN_TRANSLATE_TPS";

    /// <summary>Calls per second to each Comprehend batch operation, per process (default 10).</summary>
    public const string ComprehendTpsVariable = "FETCHRUN_COMPREHEND_TPS";

    /// <summary>Seconds a throttled or failing call is retried before the job exits 75 (default 60).</summary>
    public const string RetrySecondsVariable = "FETCHRUN_NLP_RETRY_SECONDS";

    /// <summary>
    /// Attempts per call including the first (default <see cref="AwsNlpDefaults.MaxAttempts"/>): the AWS SDKs' own setting
    /// (<c>max_attempts</c>, https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html).
    /// </summary>
    public const string MaxAttemptsVariable = "AWS_MAX_ATTEMPTS";

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
            "aws" => Aws(AwsOptionsFromEnvironment(read ?? Environment.GetEnvironmentVariable)),
            _ => throw new JobFailedException(ExitCodes.Usage, $"{ProviderVariable} must be 'local' or 'aws', not '{name}'."),
        };
    }

    internal static AwsNlpOptions AwsOptionsFromEnvironment(Func<string, string?> read)
    {
        var options = new AwsNlpOptions { ReadEnvironment = read };
        if (Number(read, TranslateTpsVariable) is { } translate)
            options.TranslateTextTps = translate;
        if (Number(read, ComprehendTpsVariable) is { } comprehend)
        {
            options.BatchDetectDominantLanguageTps = comprehend;
            options.BatchDetectSentimentTps = comprehend;
        }
        if (Number(read, RetrySecondsVariable) is { } seconds)
            options.MaxRetryTime = TimeSpan.FromSeconds(seconds);
        if (Number(read, MaxAttemptsVariable) is { } attempts)
            options.MaxAttempts = attempts == Math.Floor(attempts) && attempts <= int.MaxValue
                ? (int)attempts
                : throw new JobFailedException(ExitCodes.Usage,
                    $"{MaxAttemptsVariable} must be a whole number of attempts, not '{attempts.ToString(CultureInfo.InvariantCulture)}'.");
        return options;
    }

    private static double? Number(Func<string, string?> read, string name)
    {
        var text = read(name)?.Trim();
        if (string.IsNullOrEmpty(text) || text == "none")
            return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new JobFailedException(ExitCodes.Usage, $"{name} must be a positive number, not '{text}'.");
    }
}
