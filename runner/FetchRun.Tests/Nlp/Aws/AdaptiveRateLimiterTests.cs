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
    public async Task OnAnswer_Throttle_CutsTo90PercentOfWhatTheServiceAcceptedInTheLastSecond()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(10, clock);
        await AcceptAsync(limiter, clock, calls: 3);
        clock.Advance(TimeSpan.FromSeconds(1)); // those three are more than a second old now
        await AcceptAsync(limiter, clock, calls: 6);

        limiter.OnAnswer(throttled: true, await limiter.AcquireAsync(CancellationToken.None));

        Assert.That(limiter.FillRate, Is.EqualTo(6 * CubicRate.Beta).Within(1e-9));
    }

    [Test]
    public async Task OnAnswer_ThrottleWithNothingAcceptedInTheLastSecond_CutsToTheFloor()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(20, clock);

        limiter.OnAnswer(throttled: true, await limiter.AcquireAsync(CancellationToken.None));

        Assert.That(limiter.FillRate, Is.EqualTo(limiter.Floor));
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

        Assert.That(limiter.Cuts, Is.EqualTo(1));
        Assert.That(limiter.Throttles, Is.EqualTo(4));
    }

    [Test]
    public async Task AcquireAsync_AfterACut_WaitsUntilTheOldestAcceptedCallOfTheLastSecondIsASecondOld()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(10, clock);
        await AcceptAsync(limiter, clock, calls: 5); // accepted at 0.0, 0.1 … 0.4 s; now 0.5 s
        limiter.OnAnswer(throttled: true, await limiter.AcquireAsync(CancellationToken.None));

        clock.Advance(TimeSpan.FromMilliseconds(100));
        var next = limiter.AcquireAsync(CancellationToken.None).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(399));
        Assert.That(next.IsCompleted, Is.False, "the quota's window is full until the call accepted at 0.0 s leaves it");

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(Patience);
    }

    [Test]
    public async Task OnAnswer_SuccessesAfterAThrottle_ReturnToTheShareHoldThereThenClimbToTheCeiling()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(20, clock);
        await AcceptAsync(limiter, clock, calls: 8);
        var ticket = await limiter.AcquireAsync(CancellationToken.None);
        limiter.OnAnswer(throttled: true, ticket);
        var rates = new List<double>();

        // Twelve seconds of successful answers, ten a second.
        for (var step = 0; step < 120; step++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            limiter.OnAnswer(throttled: false, ticket);
            rates.Add(limiter.FillRate);
        }

        Assert.That(rates[0], Is.GreaterThan(8 * CubicRate.Beta).And.LessThan(8 - CubicRate.ShareMargin), "just after the cut the rate is climbing back");
        Assert.That(rates[49], Is.EqualTo(8 - CubicRate.ShareMargin).Within(0.05), "five seconds later it holds just below the share");
        Assert.That(rates, Is.Ordered, "successes never lower the rate");
        Assert.That(rates.Max(), Is.EqualTo(20), "with no further throttle it reaches the ceiling, and no more");
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
        Assert.That(limiter.Cuts, Is.EqualTo(30));
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

    /// <summary><paramref name="calls"/> calls a tenth of a second apart, each answered with a success; the clock ends a tenth after the last.</summary>
    private static async Task AcceptAsync(AdaptiveRateLimiter limiter, FakeTimeProvider clock, int calls)
    {
        for (var i = 0; i < calls; i++)
        {
            limiter.OnAnswer(throttled: false, await limiter.AcquireAsync(CancellationToken.None));
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }
    }
}
