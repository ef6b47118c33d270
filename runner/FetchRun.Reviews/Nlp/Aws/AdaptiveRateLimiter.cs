namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// The client-side rate of one operation, shared by every caller in this process, modelled on the AWS SDKs'
/// "adaptive" retry mode (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html; botocore's
/// <c>retries/adaptive.py</c>, <c>bucket.py</c>, <c>throttling.py</c>): a token bucket whose fill rate follows
/// <see cref="CubicRate"/> — it rises while calls succeed and drops on each throttle. Processes that share one account
/// quota therefore converge on it without being told how many they are. Unlike the SDKs' bucket:
/// <list type="bullet">
/// <item>A throttle cuts to a share of what the service accepted from this process in the last second (the window of a
/// per-second quota), not of what it sent: when several processes start at once they send far more than the quota, and
/// only the accepted calls say where this process's share is.</item>
/// <item>After a cut, the next call waits until this process's oldest accepted call of the last second is a second old:
/// the quota's window is full, and the first slot this process can count on is the one its own call frees. Otherwise a
/// burst keeps the window full for a second and every call sent in it is throttled.</item>
/// <item>Only a call sent after the last cut can cut again (as TCP cuts once per congestion event, RFC 8312 §4.5), so the
/// answers to calls already in flight when the service started throttling count as one signal, not many.</item>
/// <item>The bucket is on from the start and holds at most one token, so no one-second window holds more than ceiling + 1
/// calls, not even after an idle period; the fill rate never leaves [<see cref="Floor"/>, ceiling], the configured TPS
/// being the most this process ever sends.</item>
/// </list>
/// </summary>
internal sealed class AdaptiveRateLimiter
{
    /// <summary>The lowest fill rate is this share of the ceiling (at least <see cref="MinFloorTps"/>): throttles slow calls down but never stall them.</summary>
    public const double FloorShare = 0.1;

    /// <summary>0.5 calls/s, botocore's <c>TokenBucket._MIN_RATE</c>.</summary>
    public const double MinFloorTps = 0.5;

    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly Lock _gate = new();
    private readonly CubicRate _cubic;
    private readonly Queue<double> _acceptedLastSecond = new();
    private double _resumeAt;
    private double _tokens;
    private double _lastRefillSeconds;
    private long _cuts;

    public AdaptiveRateLimiter(double ceilingTps, TimeProvider clock)
    {
        _clock = clock;
        _started = clock.GetTimestamp();
        CeilingTps = ceilingTps;
        Floor = Math.Min(ceilingTps, Math.Max(MinFloorTps, FloorShare * ceilingTps));
        var now = Now();
        _cubic = new CubicRate(ceilingTps, now);
        FillRate = ceilingTps;
        _tokens = 1;
        _lastRefillSeconds = now;
    }

    /// <summary>The configured TPS: the fill rate never goes above it.</summary>
    public double CeilingTps { get; }

    /// <summary>The lowest fill rate: <see cref="FloorShare"/> of the ceiling, at least <see cref="MinFloorTps"/> (never above the ceiling).</summary>
    public double Floor { get; }

    /// <summary>Calls per second the bucket lets through now.</summary>
    public double FillRate { get; private set; }

    /// <summary>Throttling answers seen so far.</summary>
    public long Throttles { get; private set; }

    /// <summary>Throttles that cut the rate: at most one per congestion event.</summary>
    public long Cuts
    {
        get
        {
            lock (_gate)
                return _cuts;
        }
    }

    /// <summary>
    /// Waits until this caller may send; returns the ticket to hand back to <see cref="OnAnswer"/>. Waiters that wake
    /// together race for the token; the losers wait again.
    /// </summary>
    public async ValueTask<long> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = Now();
                Refill(now);
                // A hair of tolerance: 0.1 s × 10/s must make a whole token, rounding or not.
                if (now >= _resumeAt && _tokens >= 1 - 1e-9)
                {
                    _tokens = Math.Max(0, _tokens - 1);
                    return _cuts;
                }
                wait = Seconds(Math.Max(_resumeAt - now, (1 - _tokens) / FillRate));
            }
            await Task.Delay(wait, _clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Feeds back the answer to the call sent with <paramref name="ticket"/>: a throttle (<paramref name="throttled"/>) cuts
    /// the rate unless the rate was cut after that call was sent; any other answer lets it grow.
    /// </summary>
    public void OnAnswer(bool throttled, long ticket)
    {
        lock (_gate)
        {
            var now = Now();
            if (!throttled)
                _acceptedLastSecond.Enqueue(now);
            while (_acceptedLastSecond.Count > 0 && now - _acceptedLastSecond.Peek() >= 1)
                _acceptedLastSecond.Dequeue();
            double next;
            if (throttled)
            {
                Throttles++;
                if (ticket < _cuts)
                    return;
                _cuts++;
                next = _cubic.OnThrottle(Math.Max(_acceptedLastSecond.Count, Floor), now);
                _resumeAt = _acceptedLastSecond.TryPeek(out var oldest) ? oldest + 1 : now;
            }
            else
            {
                // botocore also caps this at twice the measured rate, because its bucket can save up a second of tokens;
                // this one holds one token, so a rate above what the callers use cannot turn into a burst, and a pipeline
                // still filling up is not held back by how little it sent so far.
                next = _cubic.OnSuccess(now);
            }
            Refill(now);
            FillRate = Math.Clamp(next, Floor, CeilingTps);
        }
    }

    // Rounded up to a whole tick, so the wake-up never comes a hair early.
    private static TimeSpan Seconds(double seconds) => TimeSpan.FromTicks((long)Math.Ceiling(seconds * TimeSpan.TicksPerSecond));

    private void Refill(double now)
    {
        _tokens = Math.Min(1, _tokens + (now - _lastRefillSeconds) * FillRate);
        _lastRefillSeconds = now;
    }

    // Seconds since this limiter was made: small numbers, so a double keeps sub-microsecond precision.
    private double Now() => _clock.GetElapsedTime(_started).TotalSeconds;
}
