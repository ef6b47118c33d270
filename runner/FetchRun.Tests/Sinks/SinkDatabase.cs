using FetchRun.Reviews.Sinks;
using FetchRun.Reviews.Sinks.Postgres;
using FetchRun.Reviews.Sinks.Sqlite;
using FetchRun.TestSupport.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FetchRun.Tests.Sinks;

/// <summary>A fresh database for one test: a new PostgreSQL database on the shared server, or a new SQLite file.</summary>
internal sealed class SinkDatabase : IAsyncDisposable
{
    private readonly SinkKind _kind;
    private readonly string _target;

    private SinkDatabase(SinkKind kind, string target)
    {
        _kind = kind;
        _target = target;
    }

    public static async Task<SinkDatabase> CreateAsync(SinkKind kind)
    {
        if (kind == SinkKind.Sqlite)
            return new SinkDatabase(kind, Path.Combine(Path.GetTempPath(), $"fetchrun-sink-{Guid.NewGuid():N}", "results.db"));
        var server = await PostgresServer.SharedAsync();
        return new SinkDatabase(kind, await server.CreateDatabaseAsync("sink"));
    }

    public async Task<IReviewSink> OpenAsync() => _kind == SinkKind.Sqlite
        ? await SqliteReviewSink.OpenAsync(_target, default)
        : await PostgresReviewSink.OpenAsync(new NpgsqlConnectionStringBuilder(_target),
            new PostgresSinkOptions { CopyThreshold = _kind == SinkKind.PostgresCopy ? 1 : 200 }, default);

    /// <summary>One value, with integers as long so that both databases compare alike.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        object? value;
        if (_kind == SinkKind.Sqlite)
        {
            await using var conn = new SqliteConnection($"Data Source={_target};Pooling=false");
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            value = await cmd.ExecuteScalarAsync();
        }
        else
        {
            await using var conn = new NpgsqlConnection(_target);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(sql, conn);
            value = await cmd.ExecuteScalarAsync();
        }
        return value switch
        {
            int i => (long)i,
            DBNull => null,
            _ => value,
        };
    }

    public ValueTask DisposeAsync()
    {
        if (_kind == SinkKind.Sqlite)
            Directory.Delete(Path.GetDirectoryName(_target)!, recursive: true);
        else
            NpgsqlConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
