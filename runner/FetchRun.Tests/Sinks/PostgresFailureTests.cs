using System.Diagnostics;
using FetchRun.Sdk;
using FetchRun.Reviews.Sinks;
using FetchRun.Reviews.Sinks.Postgres;
using FetchRun.TestSupport.Postgres;
using Npgsql;

namespace FetchRun.Tests.Sinks;

/// <summary>A server of its own that the tests stop and start again, and wrong credentials.</summary>
[NonParallelizable]
public sealed class PostgresFailureTests
{
    private static readonly PostgresSinkOptions FastRetry = new() { MaxAttempts = 3, RetryDelay = TimeSpan.FromMilliseconds(100), ConnectTimeout = TimeSpan.FromSeconds(2) };
    private PostgresServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await PostgresServer.StartAsync(privateCluster: true);

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [Test]
    public async Task WriteBatchAsync_ServerStopped_FailsWithTemporaryQuicklyAndWorksAfterRestart()
    {
        var connection = new NpgsqlConnectionStringBuilder(await _server.CreateDatabaseAsync("restart"));
        await using var sink = await PostgresReviewSink.OpenAsync(connection, FastRetry, default);
        await sink.WriteBatchAsync([SinkRows.Result("r1")], [], [], default);
        await _server.StopAsync();
        var clock = Stopwatch.StartNew();

        try
        {
            Assert.That(() => sink.WriteBatchAsync([SinkRows.Result("r2")], [], [], default),
                Throws.TypeOf<JobFailedException>()
                    .With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Temporary)
                    .And.Message.Not.Contains(PostgresServer.Password)
                    .And.Message.Contains("unavailable"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
        }
        finally
        {
            await _server.StartAgainAsync();
        }

        await sink.WriteBatchAsync([SinkRows.Result("r3")], [], [], default);
        Assert.That(await sink.FindExistingAsync(["r1", "r2", "r3"], default), Is.EquivalentTo(new[] { "r1", "r3" }));
    }

    [Test]
    public async Task FindExistingAsync_ServerRestartedBetweenCalls_Succeeds()
    {
        var connection = new NpgsqlConnectionStringBuilder(await _server.CreateDatabaseAsync("bounce"));
        await using var sink = await PostgresReviewSink.OpenAsync(connection, FastRetry, default);
        await sink.WriteBatchAsync([SinkRows.Result("r1")], [], [], default);

        await _server.RestartAsync();

        Assert.That(await sink.FindExistingAsync(["r1"], default), Is.EquivalentTo(new[] { "r1" }));
    }

    [Test]
    public void OpenAsync_NothingListening_FailsWithTemporary()
    {
        var connection = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = FetchRun.TestSupport.Ports.FreeLoopbackPort(), Username = "u", Password = "s3cret-never-shown", Database = "d",
        };

        Assert.That(() => PostgresReviewSink.OpenAsync(connection, FastRetry, default),
            Throws.TypeOf<JobFailedException>()
                .With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Temporary)
                .And.Message.Not.Contains("s3cret-never-shown"));
    }

    [Test]
    public async Task OpenAsync_WrongPassword_FailsWithPermissionDenied()
    {
        var connection = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Password = "wrong-password-xyz" };

        Assert.That(() => PostgresReviewSink.OpenAsync(connection, FastRetry, default),
            Throws.TypeOf<JobFailedException>()
                .With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.PermissionDenied)
                .And.Message.Not.Contains("wrong-password-xyz"));
        await Task.CompletedTask;
    }

    [Test]
    public async Task OpenAsync_MissingDatabase_FailsWithNotFound()
    {
        var connection = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = "no_such_database" };

        Assert.That(() => PostgresReviewSink.OpenAsync(connection, FastRetry, default),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.NotFound));
        await Task.CompletedTask;
    }

    [Test]
    public async Task OpenAsync_OtherSchema_CreatesTablesThere()
    {
        var connection = new NpgsqlConnectionStringBuilder(await _server.CreateDatabaseAsync("schema"));
        await using var sink = await PostgresReviewSink.OpenAsync(connection, FastRetry with { Schema = "reviews" }, default);
        await sink.WriteBatchAsync([SinkRows.Result("r1")], [], [], default);

        await using var conn = new NpgsqlConnection(connection.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM reviews.results", conn);
        Assert.That(await cmd.ExecuteScalarAsync(), Is.EqualTo(1));
        Assert.That(sink.Description, Does.EndWith("?schema=reviews"));
    }
}
