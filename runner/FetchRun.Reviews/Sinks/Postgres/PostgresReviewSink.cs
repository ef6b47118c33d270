using FetchRun.Reviews;
using FetchRun.Reviews.Sinks.Schema;
using Npgsql;
using NpgsqlTypes;

namespace FetchRun.Reviews.Sinks.Postgres;

/// <summary>
/// The production sink: PostgreSQL through Npgsql. Each batch is copied (binary COPY) into temporary
/// staging tables and upserted from there with <c>INSERT … ON CONFLICT DO UPDATE</c> (small batches skip the
/// staging table and upsert from array parameters), all in one transaction; disposing a sink in the middle of a batch rolls that batch back.
/// </summary>
internal sealed partial class PostgresReviewSink : IReviewSink
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresSql _sql;
    private readonly PostgresRetry _retry;
    private readonly int _copyThreshold;

    private PostgresReviewSink(NpgsqlDataSource dataSource, PostgresSinkOptions options, string description, string? password)
    {
        _dataSource = dataSource;
        _sql = new PostgresSql(options.Schema);
        _retry = new PostgresRetry(options, dataSource, description, password);
        _copyThreshold = options.CopyThreshold;
        Description = description;
    }

    public string Description { get; }

    /// <summary>Connects, creates the schema if it is missing, and returns the sink.</summary>
    public static async Task<PostgresReviewSink> OpenAsync(NpgsqlConnectionStringBuilder connection, PostgresSinkOptions options,
        CancellationToken cancellationToken)
    {
        SinkNames.ValidateIdentifier(options.Schema, "schema");
        var builder = new NpgsqlConnectionStringBuilder(connection.ConnectionString)
        {
            Timeout = (int)Math.Ceiling(options.ConnectTimeout.TotalSeconds),
            CommandTimeout = (int)Math.Ceiling(options.CommandTimeout.TotalSeconds),
            ApplicationName = connection.ApplicationName ?? "fetchrun",
            // Keeps the session's staging tables between batches (no DISCARD ALL when a connection returns to
            // the pool); the sink owns this pool and sets no other session state.
            NoResetOnClose = true,
        };
        var description = PostgresTarget.Describe(builder, options.Schema);
        var dataSource = NpgsqlDataSource.Create(builder);
        var sink = new PostgresReviewSink(dataSource, options, description, builder.Password);
        try
        {
            await sink._retry.RunAsync("create schema", async ct =>
            {
                await using var conn = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
                await using (var cmd = new NpgsqlCommand(sink._sql.CreateSchema(), conn, tx))
                    await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            return sink;
        }
        catch
        {
            await sink.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> reviewIds, CancellationToken cancellationToken)
    {
        if (reviewIds.Count == 0)
            return Task.FromResult<IReadOnlySet<string>>(new HashSet<string>(StringComparer.Ordinal));
        return _retry.RunAsync<IReadOnlySet<string>>("find stored reviews", async ct =>
        {
            await using var cmd = _dataSource.CreateCommand(_sql.SelectExisting(SinkTables.Results, "review_id", "review_id"));
            cmd.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = reviewIds.ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            return await SinkReads.ReviewIdsAsync(reader, ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<IReadOnlyDictionary<TranslationCacheKey, CachedTranslation>> FindTranslationsAsync(
        IReadOnlyCollection<TranslationCacheKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
            return Task.FromResult<IReadOnlyDictionary<TranslationCacheKey, CachedTranslation>>(new Dictionary<TranslationCacheKey, CachedTranslation>());
        return _retry.RunAsync<IReadOnlyDictionary<TranslationCacheKey, CachedTranslation>>("find cached translations", async ct =>
        {
            await using var cmd = _dataSource.CreateCommand(_sql.SelectExisting(SinkTables.Translations, "key_hash", SinkReads.TranslationColumns));
            cmd.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.Select(k => k.Hash).ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            return await SinkReads.TranslationsAsync(reader, ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<IReadOnlyDictionary<AnswerKey, string>> FindAnswersAsync(IReadOnlyCollection<AnswerKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
            return Task.FromResult<IReadOnlyDictionary<AnswerKey, string>>(new Dictionary<AnswerKey, string>());
        return _retry.RunAsync<IReadOnlyDictionary<AnswerKey, string>>("find kept answers", async ct =>
        {
            await using var cmd = _dataSource.CreateCommand(_sql.SelectExisting(SinkTables.Answers, "key_hash", "key_hash, answer"));
            cmd.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.Select(k => k.Hash).ToArray() });
            await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            return await SinkReads.AnswersAsync(reader, ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task KeepAnswersAsync(IReadOnlyList<PaidAnswer> answers, CancellationToken cancellationToken)
    {
        if (answers.Count == 0)
            return Task.CompletedTask;
        return _retry.RunAsync("keep answers", async ct =>
        {
            await using var conn = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
            await UpsertAsync(conn, tx, SinkTables.Answers, answers, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task WriteBatchAsync(IReadOnlyList<ReviewResult> results, IReadOnlyList<QuarantinedLine> quarantined,
        IReadOnlyList<CachedTranslation> translations, CancellationToken cancellationToken)
    {
        if (results.Count == 0 && quarantined.Count == 0 && translations.Count == 0)
            return Task.CompletedTask;
        return _retry.RunAsync("write batch", async ct =>
        {
            await using var conn = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
            await UpsertAsync(conn, tx, SinkTables.Results, results, ct).ConfigureAwait(false);
            await UpsertAsync(conn, tx, SinkTables.Quarantine, quarantined, ct).ConfigureAwait(false);
            await UpsertAsync(conn, tx, SinkTables.Translations, translations, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task SaveRunAsync(RunRecord run, CancellationToken cancellationToken) =>
        _retry.RunAsync("save run", async ct =>
        {
            await using var conn = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
            await UpsertAsync(conn, tx, SinkTables.Runs, [run], ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task UpsertAsync<T>(NpgsqlConnection conn, NpgsqlTransaction tx, SinkTable<T> table, IReadOnlyList<T> rows,
        CancellationToken ct)
    {
        if (rows.Count == 0)
            return;
        var unique = table.LastPerKey(rows);
        if (unique.Count < _copyThreshold)
        {
            await using var insert = new NpgsqlCommand(_sql.UpsertFromArrays(table), conn, tx);
            for (var i = 0; i < table.Columns.Count; i++)
                insert.Parameters.Add(PostgresArrays.Parameter($"p{i}", table.Columns[i], unique));
            await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return;
        }
        await using (var create = new NpgsqlCommand(_sql.CreateStage(table), conn, tx))
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await PostgresCopy.WriteAsync(conn, PostgresSql.CopyIntoStage(table), table.Columns, unique, ct).ConfigureAwait(false);
        await using var upsert = new NpgsqlCommand(_sql.UpsertFromStage(table), conn, tx);
        await upsert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
