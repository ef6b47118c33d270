using FetchRun.Reviews.Nlp.Aws;
using Microsoft.Extensions.Time.Testing;

namespace FetchRun.Tests.Nlp.Aws;

public class AdaptiveRateLimiterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Test]
    public async Task AcquireAsync_CallersFasterThanTheRate_GetOneTokenPerInterval()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(10, clock);
        await limiter.AcquireAsync(CancellationToken.None);
        var next = limiter.AcquireAsync(CancellationToken.None).AsTask();

        clock.Advance(TimeSpan.FromMilliseconds(99));
        Assert.That(next.IsCompleted, Is.False);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(Patience);
    }

    [Test]
    public async Task AcquireAsync_AfterIdleTime_DoesNotSaveUpABurst()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(10, clock);
        await limiter.AcquireAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(10));
        await limiter.AcquireAsync(CancellationToken.None);
        var next = limiter.AcquireAsync(CancellationToken.None).AsTask();

        Assert.That(next.IsCompleted, Is.False, "an idle limiter must not let two calls through at once");
        clock.Advance(TimeSpan.FromMilliseconds(100));
        await next.WaitAsync(Patience);
    }

    [Test]
    public async Task OnAnswer_Throttle_CutsTheRateTo70PercentOfTheSendRate()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(10, clock);
        var ticket = await limiter.AcquireAsync(CancellationToken.None);

        limiter.OnAnswer(throttled: true, ticket);

        Assert.That(limiter.FillRate, Is.EqualTo(10 * CubicRate.Beta).Within(1e-9));
    }

    [Test]
    public async Task OnAnswer_ThrottlesOfCallsSentBeforeTheCut_CutOnlyOnce()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(10, clock);
        var tickets = new List<long> { await limiter.AcquireAsync(CancellationToken.None) };
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            tickets.Add(await limiter.AcquireAsync(CancellationToken.None));
        }

        foreach (var ticket in tickets)
            limiter.OnAnswer(throttled: true, ticket);

        Assert.That(limiter.FillRate, Is.EqualTo(7).Within(1e-9));
        Assert.That(limiter.Throttles, Is.EqualTo(4));
    }

    [Test]
    public async Task OnAnswer_SuccessesAfterAThrottle_RaiseTheRateBackToTheCeilingAndNoHigher()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(10, clock);
        var ticket = await limiter.AcquireAsync(CancellationToken.None);
        limiter.OnAnswer(throttled: true, ticket);
        var rates = new List<double>();

        // Ten seconds of successful answers, ten a second.
        for (var step = 0; step < 100; step++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            limiter.OnAnswer(throttled: false, ticket);
            rates.Add(limiter.FillRate);
        }

        Assert.That(rates[5], Is.GreaterThan(7).And.LessThan(10), "half a second after the cut the rate is climbing back");
        Assert.That(rates, Is.Ordered, "successes never lower the rate");
        Assert.That(rates.Max(), Is.EqualTo(10), "the configured TPS is a ceiling");
    }

    [Test]
    public async Task OnAnswer_ManyThrottles_StopAtTheFloorAndCallsStillFlow()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(20, clock);
        for (var i = 0; i < 30; i++)
        {
            // A second apart, each call is sent after the previous cut, so each throttle cuts.
            limiter.OnAnswer(throttled: true, await limiter.AcquireAsync(CancellationToken.None));
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.That(limiter.FillRate, Is.EqualTo(limiter.Floor));
        Assert.That(limiter.Floor, Is.EqualTo(20 * AdaptiveRateLimiter.FloorShare));
        await limiter.AcquireAsync(CancellationToken.None);
        var next = limiter.AcquireAsync(CancellationToken.None).AsTask();
        clock.Advance(TimeSpan.FromSeconds(1 / limiter.Floor));
        await next.WaitAsync(Patience);
    }

    [Test]
    public void Floor_SmallCeiling_IsBotocoresMinimumRate()
    {
        Assert.That(new AdaptiveRateLimiter(2, TimeProvider.System).Floor, Is.EqualTo(AdaptiveRateLimiter.MinFloorTps));
    }
}
