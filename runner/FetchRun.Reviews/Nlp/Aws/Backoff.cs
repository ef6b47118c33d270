namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// The AWS SDKs' retry delay, exponential backoff with full jitter: attempt n waits a random time in
/// [0, min(cap, base·2ⁿ)] (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html). Only the delay:
/// the NLP client's retry loop also spends the operation's retry quota and adaptive-rate tokens per attempt, which a
/// generic retry strategy (<see cref="FetchRun.Sdk.Retries.TransientRetry"/>) does not model.
/// </summary>
internal sealed class Backoff(TimeSpan baseDelay, TimeSpan cap, int maxAttempts)
{
    public int MaxAttempts { get; } = maxAttempts;

    public TimeSpan Delay(int attempt)
    {
        var ceiling = Math.Min(cap.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }
}
