using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace FetchRun.Tests.Hosting;

/// <summary>
/// A fake clock that jumps ahead by each timer's due time as soon as the timer is created, so that code waiting
/// on the clock (backoff, polling intervals) runs through hours of waits at once, while real I/O keeps its real
/// pace. It records every wait. Meant for code that waits on one timer at a time.
/// </summary>
internal sealed class JumpingClock : TimeProvider
{
    private readonly FakeTimeProvider _fake = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public IReadOnlyList<TimeSpan> Waits => [.. _waits];

    public TimeSpan Elapsed => _fake.GetUtcNow() - _fake.Start;

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _fake.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            _waits.Enqueue(dueTime);
            // After CreateTimer has returned, so that the caller holds the timer before it fires.
            ThreadPool.QueueUserWorkItem(_ => _fake.Advance(dueTime));
        }
        return timer;
    }
}
