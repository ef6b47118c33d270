namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// The rate curve of the adaptive limiter: the CUBIC curve of the AWS SDKs' adaptive retry mode (botocore's
/// <c>retries/throttling.py</c>, <c>CubicCalculator</c>; https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html),
/// tuned for processes that share one account quota. After a throttle with a share of S calls in the last second the
/// rate drops to β·S, climbs back along C·(t − K)³ + W to the plateau W = S − <see cref="ShareMargin"/> in K seconds,
/// stays near it, and after <see cref="QuietSeconds"/> more without a throttle doubles every second. Where it differs
/// from the SDKs (β 0.7, C 0.4, W = the send rate, no doubling), and why:
/// <list type="bullet">
/// <item>S is what the service accepted, not what was sent, so it already leaves out the excess: a cut of 10% (β = 0.9) is enough.</item>
/// <item>W sits just below S: a bucket paced below S calls a second never puts more than S calls into one second, and the
/// shares of all processes added up filled the quota's window when the throttle came.</item>
/// <item>C = 0.015 probes above the plateau slowly: with several processes on one quota each probe costs throttles, and
/// probing at the SDKs' pace throttled 8–9% of an array's calls (docs/benchmarks-pipeline.md (f)).</item>
/// <item>The doubling takes up quota others left (a finished array child) within seconds, which slow probing alone would not.</item>
/// </list>
/// Not thread-safe.
/// </summary>
internal sealed class CubicRate
{
    public const double Beta = 0.9;
    public const double ScaleConstant = 0.015;
    public const double ShareMargin = 0.1;
    public const double QuietSeconds = 2;
    private double _plateau;
    private double _zeroPoint;
    private double _lastThrottleSeconds;

    /// <summary>Starts on the plateau at <paramref name="startRate"/>, as if it had just been reached at <paramref name="nowSeconds"/>.</summary>
    public CubicRate(double startRate, double nowSeconds)
    {
        _plateau = startRate;
        _lastThrottleSeconds = nowSeconds;
    }

    /// <summary>The rate a success at <paramref name="nowSeconds"/> allows.</summary>
    public double OnSuccess(double nowSeconds)
    {
        var t = nowSeconds - _lastThrottleSeconds - _zeroPoint;
        if (t <= QuietSeconds)
            return ScaleConstant * t * t * t + _plateau;
        var probed = ScaleConstant * QuietSeconds * QuietSeconds * QuietSeconds + _plateau;
        return probed * Math.Pow(2, t - QuietSeconds);
    }

    /// <summary>A throttle when the service had accepted <paramref name="share"/> calls in the last second: remember the plateau and return β·share.</summary>
    public double OnThrottle(double share, double nowSeconds)
    {
        var cut = share * Beta;
        _plateau = Math.Max(cut, share - ShareMargin);
        _zeroPoint = Math.Cbrt((_plateau - cut) / ScaleConstant);
        _lastThrottleSeconds = nowSeconds;
        return cut;
    }
}
