using FetchRun.Sdk;
using FetchRun.Sdk.Retries;

namespace FetchRun.Tests.Retries;

public sealed class TransientRetryTests
{
    private static readonly TransientRetry Retry = new(e => e is TimeoutException, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5), 3);

    private static Exception GiveUp(Exception e, int attempts) => new JobFailedException(ExitCodes.Temporary, $"gave up after {attempts}: {e.Message}");

    [Test]
    public async Task A_transient_failure_is_tried_again_until_it_succeeds()
    {
        var calls = 0;
        var result = await Retry.RunAsync(_ => ++calls < 3 ? throw new TimeoutException("slow") : Task.FromResult("done"), GiveUp, default);

        Assert.That((result, calls), Is.EqualTo(("done", 3)));
    }

    [Test]
    public void A_failure_still_transient_after_the_last_attempt_becomes_the_callers_error()
    {
        var calls = 0;

        Assert.That(() => Retry.RunAsync<string>(_ => { calls++; throw new TimeoutException("slow"); }, GiveUp, default),
            Throws.TypeOf<JobFailedException>().With.Message.EqualTo("gave up after 3: slow"));
        Assert.That(calls, Is.EqualTo(3));
    }

    [Test]
    public void Other_failures_are_not_retried_and_pass_through_unchanged()
    {
        var calls = 0;

        Assert.That(() => Retry.RunAsync<string>(_ => { calls++; throw new InvalidOperationException("bad"); }, GiveUp, default),
            Throws.InvalidOperationException.With.Message.EqualTo("bad"));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void Nothing_is_retried_once_the_caller_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var calls = 0;

        Assert.That(() => Retry.RunAsync<string>(_ => { calls++; cancel.Cancel(); throw new TimeoutException("slow"); }, GiveUp, cancel.Token),
            Throws.TypeOf<TimeoutException>());
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public async Task Each_retry_is_announced_first()
    {
        var announced = new List<string>();
        var retry = new TransientRetry(e => e is TimeoutException, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5), 3,
            beforeRetry: e => announced.Add(e.Message));
        var calls = 0;

        await retry.RunAsync(_ => ++calls < 3 ? throw new TimeoutException($"slow {calls}") : Task.FromResult(0), GiveUp, default);

        Assert.That(announced, Is.EqualTo(new[] { "slow 1", "slow 2" }));
    }
}
