using System.Text.Json;
using FetchRun.Reviews;
using FetchRun.Reviews.Sinks.Schema;
using Microsoft.Data.Sqlite;

namespace FetchRun.Reviews.Sinks.Sqlite;

/// <summary>
/// The embedded default: one SQLite file in WAL mode with the same tables as PostgreSQL. Each batch is one
/// transaction of upserts; a batch that fails, or a sink disposed in the middle of one, leaves nothing of it.
/// Calls are serialised over a single connection.
/// </summary>
internal sealed partial class SqliteReviewSink : IReviewSink
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SqliteReviewSink(SqliteConnection connection, string path)
    {
        _connection = connection;
        Description = $"sqlite:{path}";
    }

    public string Description { get; }

    /// <summary>Opens (creating if needed) the file at <paramref name="path"/> and its tables.</summary>
    public static async Task<SqliteReviewSink> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            if (Path.GetDirectoryName(fullPath) is { Length: > 0 } directory)
                Directory.CreateDirectory(directory);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;", cancellationToken)
                .ConfigureAwait(false);
            await ExecuteAsync(connection, SqliteSql.CreateSchema(), cancellationToken).ConfigureAwait(false);
            return new SqliteReviewSink(connection, fullPath);
        }
        catch (Exception ex) when (ex is SqliteException or UnauthorizedAccessException or IOException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw SqliteErrors.ToJobFailure(ex, $"sqlite:{fullPath}", "open");
        }
    }

    public Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> reviewIds, CancellationToken cancellationToken) =>
        GuardedAsync<IReadOnlySet<string>>("find stored reviews", async ct =>
        {
            await using var cmd = KeysCommand(SqliteSql.SelectExisting(SinkTables.Results, "review_id", "review_id"), reviewIds);
            await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            return await SinkReads.ReviewIdsAsync(reader, ct).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyDictionary<TranslationCacheKey, CachedTranslation>> FindTranslationsAsync(
        IReadOnlyCollection<TranslationCacheKey> keys, CancellationToken cancellationToken) =>
        GuardedAsync<IReadOnlyDictionary<TranslationCacheKey, CachedTranslation>>("find cached translations", async ct =>
        {
            await using var cmd = KeysCommand(SqliteSql.SelectExisting(SinkTables.Translations, "key_hash", SinkReads.TranslationColumns),
                keys.Select(k => k.Hash).ToArray());
            await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            return await SinkReads.TranslationsAsync(reader, ct).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyDictionary<AnswerKey, string>> FindAnswersAsync(IReadOnlyCollection<AnswerKey> keys, CancellationToken cancellationToken) =>
        GuardedAsync<IReadOnlyDictionary<AnswerKey, string>>("find kept answers", async ct =>
        {
            await using var cmd = KeysCommand(SqliteSql.SelectExisting(SinkTables.Answers, "key_hash", "key_hash, answer"),
                keys.Select(k => k.Hash).ToArray());
            await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            return await SinkReads.AnswersAsync(reader, ct).ConfigureAwait(false);
        }, cancellationToken);

    public Task KeepAnswersAsync(IReadOnlyList<PaidAnswer> answers, CancellationToken cancellationToken) =>
        GuardedAsync("keep answers", async ct =>
        {
            await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await UpsertAsync(tx, SinkTables.Answers, answers, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task WriteBatchAsync(IReadOnlyList<ReviewResult> results, IReadOnlyList<QuarantinedLine> quarantined,
        IReadOnlyList<CachedTranslation> translations, CancellationToken cancellationToken) =>
        GuardedAsync("write batch", async ct =>
        {
            await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await UpsertAsync(tx, SinkTables.Results, results, ct).ConfigureAwait(false);
            await UpsertAsync(tx, SinkTables.Quarantine, quarantined, ct).ConfigureAwait(false);
            await UpsertAsync(tx, SinkTables.Translations, translations, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task SaveRunAsync(RunRecord run, CancellationToken cancellationToken) =>
        GuardedAsync("save run", async ct =>
        {
            await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await UpsertAsync(tx, SinkTables.Runs, [run], ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }

    private async Task<T> GuardedAsync<T>(string operation, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await action(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (SqliteErrors.IsEnvironmental(ex))
        {
            throw SqliteErrors.ToJobFailure(ex, Description, operation);
        }
        finally
        {
            _gate.Release();
        }
    }

    private SqliteCommand KeysCommand(string sql, IEnumerable<string> keys)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys));
        return cmd;
    }

    private static async Task UpsertAsync<T>(SqliteTransaction tx, SinkTable<T> table, IReadOnlyList<T> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
            return;
        await using var cmd = tx.Connection!.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = SqliteSql.Upsert(table);
        var parameters = table.Columns.Select((_, i) => cmd.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        cmd.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
                parameters[i].Value = ValueOf(table.Columns[i].Value(row));
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static object ValueOf(object? value) => value switch
    {
        null => DBNull.Value,
        DateTime utc => utc.ToString("yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    private static Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteNonQueryAsync(ct);
    }
}
