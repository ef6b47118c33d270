using Amazon.Runtime;

namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// Settings of the <c>aws</c> NLP providers. Every member is optional: the defaults come from
/// <see cref="AwsNlpDefaults"/> and the standard AWS environment variables.
/// </summary>
public sealed class AwsNlpOptions
{
    /// <summary>Signing region; default <c>AWS_REGION</c>, else <c>AWS_DEFAULT_REGION</c>. Required one way or the other.</summary>
    public string? Region { get; set; }

    /// <summary>Translate endpoint; default <c>AWS_ENDPOINT_URL_TRANSLATE</c>, <c>AWS_ENDPOINT_URL</c>, else <c>https://translate.{region}.amazonaws.com</c>.</summary>
    public Uri? TranslateEndpoint { get; set; }

    /// <summary>Comprehend endpoint; default <c>AWS_ENDPOINT_URL_COMPREHEND</c>, <c>AWS_ENDPOINT_URL</c>, else <c>https://comprehend.{region}.amazonaws.com</c>.</summary>
    public Uri? ComprehendEndpoint { get; set; }

    /// <summary>Credentials to sign with; default the SDK's default chain (environment, profile, container, instance).</summary>
    public AWSCredentials? Credentials { get; set; }

    /// <summary>TranslateText calls per second, shared by all concurrent callers of one translator; default <see cref="AwsNlpDefaults.TranslateTextTps"/>.</summary>
    public double TranslateTextTps { get; set; } = AwsNlpDefaults.TranslateTextTps;

    /// <summary>BatchDetectDominantLanguage calls per second; default <see cref="AwsNlpDefaults.BatchDetectDominantLanguageTps"/>.</summary>
    public double BatchDetectDominantLanguageTps { get; set; } = AwsNlpDefaults.BatchDetectDominantLanguageTps;

    /// <summary>BatchDetectSentiment calls per second; default <see cref="AwsNlpDefaults.BatchDetectSentimentTps"/>.</summary>
    public double BatchDetectSentimentTps { get; set; } = AwsNlpDefaults.BatchDetectSentimentTps;

    /// <summary>Attempts per call including the first; default <see cref="AwsNlpDefaults.MaxAttempts"/>.</summary>
    public int MaxAttempts { get; set; } = AwsNlpDefaults.MaxAttempts;

    /// <summary>Longest a call may keep retrying, counting its attempts and backoff but not its waits for this process's own rate; default <see cref="AwsNlpDefaults.MaxRetryTime"/>.</summary>
    public TimeSpan MaxRetryTime { get; set; } = AwsNlpDefaults.MaxRetryTime;

    /// <summary>Backoff base delay; default <see cref="AwsNlpDefaults.RetryBaseDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = AwsNlpDefaults.RetryBaseDelay;

    /// <summary>Backoff cap; default <see cref="AwsNlpDefaults.RetryMaxDelay"/>.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = AwsNlpDefaults.RetryMaxDelay;

    /// <summary>Timeout of one HTTP attempt; default <see cref="AwsNlpDefaults.RequestTimeout"/>.</summary>
    public TimeSpan RequestTimeout { get; set; } = AwsNlpDefaults.RequestTimeout;

    /// <summary>The HTTP handler to send through (tests); default a pooled handler that follows no redirects. Not disposed by the clients.</summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>The clock for rate limiting and backoff; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Reads environment variables; default <see cref="Environment.GetEnvironmentVariable(string)"/>.</summary>
    public Func<string, string?>? ReadEnvironment { get; set; }
}
