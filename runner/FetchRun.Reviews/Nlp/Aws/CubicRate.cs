namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// The CUBIC rate curve of the AWS SDKs' adaptive retry mode: after a throttle at rate W the rate drops to
/// β·W (β = 0.7), then follows C·(t − K)³ + W (C = 0.4, K = ∛(W·(1 − β)/C)), so it is back at W after K
/// seconds, flat around W, and probes above it later. Taken from botocore's <c>retries/throttling.py</c>
/// (<c>CubicCalculator</c>) and described in the AWS SDKs reference guide,
/// https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html (adaptive mode). Not thread-safe.
/// </summary>
internal sealed class CubicRate
{
    public const double Beta = 0.7;
    private const double ScaleConstant = 0.4;
    private double _lastMaxRate;
    private double _zeroPoint;
    private double _lastThrottleSeconds;

    /// <summary>Starts on the plateau at <paramref name="startRate"/>, as if the last throttle had been K seconds before <paramref name="nowSeconds"/>.</summary>
    public CubicRate(double startRate, double nowSeconds)
    {
        _lastMaxRate = startRate;
        _zeroPoint = ZeroPoint(startRate);
        _lastThrottleSeconds = nowSeconds - _zeroPoint;
    }

    /// <summary>The rate a success at <paramref name="nowSeconds"/> allows.</summary>
    public double OnSuccess(double nowSeconds)
    {
        var t = nowSeconds - _lastThrottleSeconds - _zeroPoint;
        return ScaleConstant * t * t * t + _lastMaxRate;
    }

    /// <summary>A throttle while sending at <paramref name="rate"/>: remember it as the new W and return β·W.</summary>
    public double OnThrottle(double rate, double nowSeconds)
    {
        _lastMaxRate = rate;
        _zeroPoint = ZeroPoint(rate);
        _lastThrottleSeconds = nowSeconds;
        return rate * Beta;
    }

    private static double ZeroPoint(double rate) => Math.Cbrt(rate * (1 - Beta) / ScaleConstant);
}
