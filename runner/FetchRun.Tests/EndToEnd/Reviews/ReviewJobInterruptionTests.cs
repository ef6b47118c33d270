using System.Diagnostics;
using FetchRun.Sdk;

namespace FetchRun.Tests.EndToEnd.Reviews;

/// <summary>
/// Spot reclaims and hard kills: SIGTERM at five random moments and SIGKILL at five others, each followed
/// by the next attempt, must end with the same table as an uninterrupted run and almost no extra paid calls.
/// </summary>
[Category("EndToEnd")]
public sealed class ReviewJobInterruptionTests : ReviewJobFixture
{
    [Test]
    public async Task Ten_interruptions_end_with_the_table_of_an_uninterrupted_run_and_at_most_5_percent_more_calls()
    {
        var (shard, expected) = GenerateShard(2_000, seed: 23);
        Emulator.Options.Latency = TimeSpan.FromMilliseconds(5);

        var reference = await Postgres.CreateDatabaseAsync();
        await RunJobAsync(shard, reference, expectedExitCode: 0);
        var referenceCalls = Emulator.Counters.TotalCalls;
        var referenceByOperation = CallsByOperation();
        Emulator.Counters.Reset();

        var database = await Postgres.CreateDatabaseAsync();
        var random = new Random(20261128);
        var signals = Enumerable.Repeat(15, 5).Concat(Enumerable.Repeat(9, 5)).OrderBy(_ => random.Next()).ToList();
        // The moments: ten random points of progress, so every attempt is stopped with work left to do.
        var moments = Enumerable.Range(0, signals.Count).Select(_ => (long)(expected.GoodRows * (0.05 + 0.9 * random.NextDouble()))).Order().ToList();
        var outcomes = new List<string>();
        foreach (var (signal, moment) in signals.Zip(moments))
        {
            // An attempt that finishes its reviews in flight after SIGTERM may already have stored past the next moment: each
            // attempt still stores a row of its own first, so that the signal finds it running, not starting.
            var target = Math.Max(moment, await CountOrZeroAsync(database) + 1);
            using var attempt = StartJob(shard, database);
            await WaitForRowsAsync(database, target, attempt);
            await Task.Delay(random.Next(40));
            attempt.Signal(signal);
            var code = await attempt.WaitAsync(TimeSpan.FromMinutes(1));
            outcomes.Add($"signal {signal} at {target} rows → exit {code}");
            Assert.That(code, Is.EqualTo(signal == 15 ? ExitCodes.Stopped : 128 + 9).Or.Zero, attempt.Stderr);
        }
        await RunJobAsync(shard, database, expectedExitCode: 0);

        var interruptedCalls = Emulator.Counters.TotalCalls;
        var interruptedByOperation = CallsByOperation();
        TestContext.Out.WriteLine($"paid calls: {interruptedCalls} with interruptions ({interruptedByOperation}), {referenceCalls} without ({referenceByOperation})");
        Assert.Multiple(async () =>
        {
            Assert.That(await ResultsAsync(database), Is.EqualTo(await ResultsAsync(reference)), string.Join("; ", outcomes));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results"), Is.EqualTo(expected.GoodRows));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM quarantine"), Is.EqualTo(expected.BadLines));
            Assert.That(interruptedCalls, Is.LessThanOrEqualTo(referenceCalls * 1.05),
                $"paid calls: {interruptedCalls} with interruptions ({interruptedByOperation}), {referenceCalls} without ({referenceByOperation}); {string.Join("; ", outcomes)}");
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM runs WHERE status = 'stopped'"),
                Is.EqualTo(outcomes.Count(o => o.StartsWith("signal 15", StringComparison.Ordinal) && o.EndsWith("exit 143", StringComparison.Ordinal))), "each SIGTERM left a stopped run row");
        });
    }

    private string CallsByOperation() => string.Join(", ",
        new[] { "TranslateText", "BatchDetectDominantLanguage", "BatchDetectSentiment" }.Select(o => $"{o} {Emulator.Counters.Calls(o)}"));

    private static async Task WaitForRowsAsync(string database, long rows, FetchRun.TestSupport.Runner.RunnerProcess attempt)
    {
        var deadline = Stopwatch.StartNew();
        while (await CountOrZeroAsync(database) < rows)
        {
            Assert.That(deadline.Elapsed, Is.LessThan(TimeSpan.FromMinutes(2)), $"never reached {rows} rows: {attempt.Stderr}");
            await Task.Delay(10);
        }
    }
}
