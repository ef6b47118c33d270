namespace FetchRun.Sdk.Nlp.Aws;

/// <summary>
/// A token bucket of capacity one, shared by every caller of one operation: calls are spaced at least
/// 1/TPS apart, so no one-second window ever holds more than TPS of them (no burst beyond the quota).
/// </summary>
internal sealed class RateLimiter(double callsPerSecond, TimeProvider clock)
{
    private readonly long _intervalTicks = (long)(TimeSpan.TicksPerSecond / callsPerSecond);
    private readonly Lock _gate = new();
    private long _nextFreeTicks = long.MinValue;

    public double CallsPerSecond { get; } = callsPerSecond;

    /// <summary>Waits for this caller's slot; slots are handed out first come, first served.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = clock.GetUtcNow().UtcTicks;
            var slot = Math.Max(now, _nextFreeTicks);
            _nextFreeTicks = slot + _intervalTicks;
            wait = TimeSpan.FromTicks(slot - now);
        }
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
    }
}
