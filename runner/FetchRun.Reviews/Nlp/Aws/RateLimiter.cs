namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// A token bucket of capacity one, shared by every caller of one operation: a call is let through only
/// when at least 1/TPS has passed since the previous one, measured when it is let through, so no
/// one-second window ever holds more than TPS calls, not even when timers fire late and waiters bunch
/// up, and an idle period saves up no burst.
/// </summary>
internal sealed class RateLimiter(double callsPerSecond, TimeProvider clock)
{
    private readonly long _intervalTicks = (long)Math.Ceiling(TimeSpan.TicksPerSecond / callsPerSecond);
    private readonly Lock _gate = new();
    private long _nextFreeTicks = long.MinValue;

    public double CallsPerSecond { get; } = callsPerSecond;

    /// <summary>Waits until this caller may send. Waiters that wake together race for the slot; the losers wait again.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = clock.GetUtcNow().UtcTicks;
                if (now >= _nextFreeTicks)
                {
                    _nextFreeTicks = now + _intervalTicks;
                    return;
                }
                wait = TimeSpan.FromTicks(_nextFreeTicks - now);
            }
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }
}
