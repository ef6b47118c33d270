using System.Diagnostics;
using FetchRun.Sdk;
using FetchRun.TestSupport.NlpEmulator;
using FetchRun.TestSupport.Postgres;

namespace FetchRun.Tests.EndToEnd.Reviews;

/// <summary>Throttling, server errors, an unreachable service and a database that goes away.</summary>
[Category("EndToEnd")]
public sealed class ReviewJobFaultTests : ReviewJobFixture
{
    [Test]
    public async Task With_30_percent_throttling_and_5_percent_5xx_every_row_arrives_within_the_rate()
    {
        var (shard, expected) = GenerateShard(600, seed: 31);
        var database = await Postgres.CreateDatabaseAsync();
        Emulator.Options.ThrottleRate = 0.30;
        Emulator.Options.ServerErrorRate = 0.05;
        // A third of all attempts fail: with 8 attempts in 10 s, one of a few hundred calls runs out of retries in a few
        // percent of runs and its review is left for the next attempt (below max-transient-rate, so the job exits 0).
        // This test is about every row arriving within the rate, so it gives each call room enough that this never happens.
        JobEnvironment["AWS_MAX_ATTEMPTS"] = "30";
        JobEnvironment["FETCHRUN_NLP_RETRY_SECONDS"] = "120";

        await RunJobAsync(shard, database, expectedExitCode: 0);

        Assert.Multiple(async () =>
        {
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results"), Is.EqualTo(expected.GoodRows));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results WHERE error IS NOT NULL"), Is.Zero);
            Assert.That(Emulator.Counters.Throttled, Is.GreaterThan(0));
            Assert.That(Emulator.Counters.Failed, Is.GreaterThan(0));
            // One call of slack: the emulator's one-second window and the client's bucket are not aligned.
            Assert.That(Emulator.Counters.MaxCallsPerSecond(NlpOperation.TranslateText), Is.LessThanOrEqualTo(TranslateTps + 1));
            Assert.That(Emulator.Counters.MaxCallsPerSecond(NlpOperation.BatchDetectSentiment), Is.LessThanOrEqualTo(ComprehendTps + 1));
            Assert.That(Emulator.Counters.MaxCallsPerSecond(NlpOperation.BatchDetectDominantLanguage), Is.LessThanOrEqualTo(ComprehendTps + 1));
        });
    }

    [Test]
    public async Task When_every_call_fails_the_job_exits_75_in_bounded_time_and_a_rerun_completes()
    {
        var (shard, expected) = GenerateShard(200, seed: 37);
        var database = await Postgres.CreateDatabaseAsync();
        Emulator.Options.FailAll = true;

        var clock = Stopwatch.StartNew();
        var failed = await RunJobAsync(shard, database, ExitCodes.Temporary, "--param", "batch-size=25");
        var elapsed = clock.Elapsed;
        Emulator.Options.FailAll = false;
        await RunJobAsync(shard, database, expectedExitCode: 0);

        Assert.Multiple(async () =>
        {
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "bounded by the retry budget (FETCHRUN_NLP_RETRY_SECONDS=10)");
            Assert.That(failed.Stderr, Does.Contain("InternalServerException"));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results"), Is.EqualTo(expected.GoodRows));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM runs WHERE status = 'failed'"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_database_that_goes_away_mid_run_ends_in_75_and_the_rerun_loses_nothing()
    {
        await using var server = await PostgresServer.StartAsync(privateCluster: true);
        var (shard, expected) = GenerateShard(1_500, seed: 41);
        var database = await server.CreateDatabaseAsync();
        Emulator.Options.Latency = TimeSpan.FromMilliseconds(20);

        using var job = StartJob(shard, database);
        while (await CountOrZeroAsync(database) < 100)
            await Task.Delay(20);
        await server.StopAsync();
        var code = await job.WaitAsync(TimeSpan.FromMinutes(1));
        await server.StartAgainAsync();
        Npgsql.NpgsqlConnection.ClearAllPools(); // this test's own pooled connections died with the server
        Emulator.Options.Latency = TimeSpan.Zero;
        await RunJobAsync(shard, database, expectedExitCode: 0);

        Assert.Multiple(async () =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Temporary), job.Stderr);
            Assert.That(job.Stderr, Does.Not.Contain(PostgresServer.Password), "the password never reaches the log");
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results"), Is.EqualTo(expected.GoodRows));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM quarantine"), Is.EqualTo(expected.BadLines));
        });
    }
}
