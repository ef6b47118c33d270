namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// The retry quota of one operation, as in the AWS SDKs' "standard" retry mode
/// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html; botocore's
/// <c>retries/standard.py</c>, <c>RetryQuotaChecker</c>): 500 units; a retry costs 5 (10 after a timeout); a
/// success gives back what its own last retry cost, or 1 when it needed none. An empty quota means the service is
/// failing this operation broadly, so calls stop retrying it instead of piling on; other operations keep their own quota.
/// </summary>
internal sealed class RetryQuota
{
    public const int Capacity = 500;
    public const int RetryCost = 5;
    public const int TimeoutRetryCost = 10;
    public const int NoRetryIncrement = 1;
    private readonly Lock _gate = new();
    private int _available = Capacity;

    /// <summary>Units left.</summary>
    public int Available
    {
        get
        {
            lock (_gate)
                return _available;
        }
    }

    /// <summary>Takes the cost of one retry; false (and nothing taken) when the quota cannot pay it.</summary>
    public bool TryAcquire(bool afterTimeout, out int cost)
    {
        cost = afterTimeout ? TimeoutRetryCost : RetryCost;
        lock (_gate)
        {
            if (cost > _available)
            {
                cost = 0;
                return false;
            }
            _available -= cost;
            return true;
        }
    }

    /// <summary>A success: gives back <paramref name="lastRetryCost"/>, or <see cref="NoRetryIncrement"/> when the call was not retried.</summary>
    public void OnSuccess(int lastRetryCost)
    {
        lock (_gate)
            _available = Math.Min(Capacity, _available + (lastRetryCost > 0 ? lastRetryCost : NoRetryIncrement));
    }
}
