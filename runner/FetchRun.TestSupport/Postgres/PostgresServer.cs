using System.Globalization;
using Npgsql;

namespace FetchRun.TestSupport.Postgres;

/// <summary>
/// A real PostgreSQL server for tests and benchmarks: the one named by <c>FETCHRUN_TEST_PG</c> (a connection
/// string), else a throwaway cluster made with the installed server binaries (Debian package <c>postgresql</c>;
/// no system service needed) on 127.0.0.1, a free port, password authentication, and fsync off. Clusters it
/// made are removed on dispose, and at process exit if still running.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ConnectionVariable = "FETCHRUN_TEST_PG";
    public const string User = "fetchrun_test";
    public const string Password = "pg-test-secret-8d1f";

    private static readonly Lock SharedGate = new();
    private static Task<PostgresServer>? _shared;
    private readonly PostgresCluster? _cluster;
    private int _databases;

    private PostgresServer(string connectionString, PostgresCluster? cluster)
    {
        ConnectionString = connectionString;
        _cluster = cluster;
    }

    /// <summary>Connection string of the maintenance database, as the superuser.</summary>
    public string ConnectionString { get; }

    /// <summary>True when this process made the cluster, so that it can be stopped and started.</summary>
    public bool CanRestart => _cluster is not null;

    /// <summary>One server for the whole test run, started on first use.</summary>
    public static Task<PostgresServer> SharedAsync()
    {
        lock (SharedGate)
            return _shared ??= StartAsync();
    }

    /// <summary>
    /// Stops and removes the shared server if one was started (from a one-time teardown: the process-exit
    /// fallback may be cut short by the test host). A later <see cref="SharedAsync"/> starts a new one.
    /// </summary>
    public static async Task DisposeSharedAsync()
    {
        Task<PostgresServer>? shared;
        lock (SharedGate)
            (shared, _shared) = (_shared, null);
        if (shared is not null)
            await (await shared.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// A server of its own (for tests that stop it): always a new cluster, even when <c>FETCHRUN_TEST_PG</c> is set,
    /// when <paramref name="privateCluster"/> is true.
    /// </summary>
    public static async Task<PostgresServer> StartAsync(bool privateCluster = false)
    {
        if (!privateCluster && Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } existing)
            return new PostgresServer(existing, null);
        var cluster = await PostgresCluster.CreateAsync(User, Password).ConfigureAwait(false);
        var connection = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = cluster.Port, Username = User, Password = Password, Database = "postgres",
            Pooling = true, Timeout = 5,
        };
        return new PostgresServer(connection.ConnectionString, cluster);
    }

    /// <summary>Creates a fresh, empty database and returns its connection string (tests stay isolated).</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "fetchrun")
    {
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{prefix}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}");
        name = name[..Math.Min(name.Length, 60)];
        // Unpooled: a pooled admin connection would be dead after a restart.
        await using (var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString))
        {
            await conn.OpenAsync().ConfigureAwait(false);
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the server (fast shutdown: open sessions receive 57P01).</summary>
    public Task StopAsync() => Cluster.StopAsync();

    /// <summary>Starts a stopped server again on the same port and data.</summary>
    public Task StartAgainAsync() => Cluster.StartAsync();

    /// <summary>Stops and starts the server.</summary>
    public async Task RestartAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await StartAgainAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
            await _cluster.DisposeAsync().ConfigureAwait(false);
    }

    private PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException(
        $"This server comes from {ConnectionVariable}; only a cluster started here can be stopped.");
}
