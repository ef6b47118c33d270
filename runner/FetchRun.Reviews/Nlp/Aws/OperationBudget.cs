namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>What one operation (e.g. BatchDetectSentiment) has to spend: its adaptive rate and its own retry quota.</summary>
internal sealed class OperationBudget(double ceilingTps, TimeProvider clock)
{
    public AdaptiveRateLimiter Rate { get; } = new(ceilingTps, clock);

    public RetryQuota Retries { get; } = new();
}
