using FetchRun.Sdk.Nlp.Aws;

namespace FetchRun.Tests.Nlp.Aws;

public class RateLimiterTests
{
    [Test]
    public async Task AcquireAsync_CallersFasterThanRate_AreSpacedOneIntervalApart()
    {
        var clock = new ManualClock();
        var limiter = new RateLimiter(10, clock);

        var first = limiter.AcquireAsync(CancellationToken.None).AsTask();
        var second = limiter.AcquireAsync(CancellationToken.None).AsTask();
        var third = limiter.AcquireAsync(CancellationToken.None).AsTask();
        await first;

        Assert.That(second.IsCompleted || third.IsCompleted, Is.False);
        clock.Advance(TimeSpan.FromMilliseconds(99));
        Assert.That(second.IsCompleted, Is.False);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(third.IsCompleted, Is.False);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
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
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
