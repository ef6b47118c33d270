using FetchRun.Reviews.Nlp.Aws;

namespace FetchRun.Tests.Nlp.Aws;

public class RateLimiterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Test]
    public async Task AcquireAsync_CallersFasterThanRate_GetOneSlotPerInterval()
    {
        var clock = new ManualClock();
        var limiter = new RateLimiter(10, clock);
        await limiter.AcquireAsync(CancellationToken.None);
        var waiting = new[] { limiter.AcquireAsync(CancellationToken.None).AsTask(), limiter.AcquireAsync(CancellationToken.None).AsTask() };

        clock.Advance(TimeSpan.FromMilliseconds(99));
        Assert.That(waiting.Count(t => t.IsCompleted), Is.Zero);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(SpinWait.SpinUntil(() => waiting.Any(t => t.IsCompleted) && clock.PendingTimers == 1, Patience), Is.True);
        Assert.That(waiting.Count(t => t.IsCompleted), Is.EqualTo(1), "two waiters woken together share one slot");

        clock.Advance(TimeSpan.FromMilliseconds(100));
        await Task.WhenAll(waiting).WaitAsync(Patience);
    }

    [Test]
    public async Task AcquireAsync_AfterIdleTime_DoesNotSaveUpABurst()
    {
        var clock = new ManualClock();
        var limiter = new RateLimiter(10, clock);
        await limiter.AcquireAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(10));
        await limiter.AcquireAsync(CancellationToken.None);
        var next = limiter.AcquireAsync(CancellationToken.None).AsTask();

        Assert.That(next.IsCompleted, Is.False, "an idle limiter must not let two calls through at once");
        clock.Advance(TimeSpan.FromMilliseconds(100));
        await next.WaitAsync(Patience);
    }

    [Test]
    public async Task AcquireAsync_WaitersWokenLate_StillGoOneIntervalApart()
    {
        var clock = new ManualClock();
        var limiter = new RateLimiter(10, clock);
        await limiter.AcquireAsync(CancellationToken.None);
        var waiting = Enumerable.Range(0, 3).Select(_ => limiter.AcquireAsync(CancellationToken.None).AsTask()).ToArray();

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.That(SpinWait.SpinUntil(() => waiting.Any(t => t.IsCompleted) && clock.PendingTimers == 2, Patience), Is.True);
        Assert.That(waiting.Count(t => t.IsCompleted), Is.EqualTo(1), "a late wake-up must not release a bunch");
    }
}
