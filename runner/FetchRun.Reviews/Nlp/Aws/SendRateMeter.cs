namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// The measured send rate of one operation: answers counted in half-second buckets, smoothed exponentially
/// (new = 0.8·bucket + 0.2·old), as botocore's <c>retries/adaptive.py</c> (<c>RateClocker</c>) does. Not thread-safe.
/// </summary>
internal sealed class SendRateMeter(double nowSeconds)
{
    private const double BucketSeconds = 0.5;
    private const double Smoothing = 0.8;
    private double _lastBucket = Math.Floor(nowSeconds / BucketSeconds) * BucketSeconds;
    private int _count;

    /// <summary>Calls per second; null until the first bucket has closed.</summary>
    public double? Rate { get; private set; }

    public void Record(double nowSeconds)
    {
        _count++;
        var bucket = Math.Floor(nowSeconds / BucketSeconds) * BucketSeconds;
        if (bucket <= _lastBucket)
            return;
        var current = _count / (bucket - _lastBucket);
        Rate = Rate is { } old ? Smoothing * current + (1 - Smoothing) * old : current;
        _count = 0;
        _lastBucket = bucket;
    }
}
