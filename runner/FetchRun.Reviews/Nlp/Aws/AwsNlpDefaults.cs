namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// The defaults of <see cref="AwsNlpOptions"/> and the service limits, in one place
/// (see docs/aws-providers.md for where each figure comes from).
/// </summary>
public static class AwsNlpDefaults
{
    /// <summary>
    /// Client-side rate for TranslateText, in calls per second: 20. Amazon Translate publishes no fixed
    /// TPS quota for real-time translation ("scales to serve traffic"), so this is a conservative start;
    /// set it from the account's Service Quotas.
    /// </summary>
    public const double TranslateTextTps = 20;

    /// <summary>Client-side rate for BatchDetectDominantLanguage, in calls per second: 10 (the default quota).</summary>
    public const double BatchDetectDominantLanguageTps = 10;

    /// <summary>Client-side rate for BatchDetectSentiment, in calls per second: 10 (the default quota).</summary>
    public const double BatchDetectSentimentTps = 10;

    /// <summary>Attempts per call, the first included: 8.</summary>
    public const int MaxAttempts = 8;

    /// <summary>Time a call may spend retrying before the job gives up with exit 75: 60 s.</summary>
    public static readonly TimeSpan MaxRetryTime = TimeSpan.FromSeconds(60);

    /// <summary>Backoff base delay (attempt n waits a random time in [0, min(cap, base·2ⁿ)]): 100 ms.</summary>
    public static readonly TimeSpan RetryBaseDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>Backoff cap: 5 s.</summary>
    public static readonly TimeSpan RetryMaxDelay = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of one HTTP attempt: 30 s.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Documents per Comprehend batch call: 25.</summary>
    public const int BatchSize = 25;

    /// <summary>UTF-8 bytes per Comprehend document: 5,000.</summary>
    public const int ComprehendMaxBytes = 5000;

    /// <summary>UTF-8 bytes per TranslateText call: 10,000.</summary>
    public const int TranslateMaxBytes = 10_000;
}
