using System.Data.Common;
using FetchRun.Reviews.Sinks.Schema;
using static FetchRun.Reviews.Sinks.Reporting.ReportCommands;

namespace FetchRun.Reviews.Sinks.Reporting;

/// <summary>Runs the queries of <see cref="ReportSql"/> on one open connection and assembles <see cref="ReportData"/>.</summary>
internal sealed class ReportReader(DbConnection connection, ReportDialect dialect, ReportScope scope)
{
    private readonly ReportSql _sql = new(dialect);

    private DbTransaction? _transaction;

    /// <summary>
    /// Reads in one transaction (a consistent snapshot), rolled back at the end so that the temporary table goes with
    /// it. <c>results</c> is scanned twice: once into <see cref="ReportSql.Cube"/>, once for throughput and sources.
    /// </summary>
    public async Task<ReportData> ReadAsync(CancellationToken ct)
    {
        await using var transaction = await dialect.BeginReadAsync(connection, ct).ConfigureAwait(false);
        _transaction = transaction;
        try
        {
            return await ReadInTransactionAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            _transaction = null;
        }
    }

    private async Task<ReportData> ReadInTransactionAsync(CancellationToken ct)
    {
        var runs = await ReadRunsAsync(ct).ConfigureAwait(false);
        var totals = await ReadTotalsAsync(ct).ConfigureAwait(false);
        await using (var cube = Command(_sql.CreateCube))
            await cube.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        var bucket = ThroughputBucket(totals.FirstStarted, totals.LastFinished ?? DateTimeOffset.UtcNow);
        var (throughput, sources) = totals.FirstStarted is { } start
            ? await ReadThroughputAsync(start, bucket, ct).ConfigureAwait(false)
            : ([], []);
        sources.UnionWith(runs.SelectMany(r => r.Inputs.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var shards = sources.Order(StringComparer.Ordinal).ToList();
        var quarantined = await ScalarAsync(_sql.QuarantineCount, ct, c => dialect.AddList(c, "@sources", shards)).ConfigureAwait(false);
        var reasons = await ReadReasonsAsync(shards, quarantined, ct).ConfigureAwait(false);
        var listed = reasons.Where(r => r.Reason is not null).Select(r => r.Reason!).ToList();
        return new ReportData
        {
            Scope = scope, Runs = runs, Totals = totals,
            Rows = await ScalarAsync($"SELECT sum(n) FROM {ReportSql.Cube}", ct).ConfigureAwait(false),
            ByLanguage = await GroupsAsync(ReportSql.TopGroupsBySentiment("language"), ReportLimits.Languages, ct).ConfigureAwait(false),
            ByCategory = await GroupsAsync(ReportSql.TopGroupsBySentiment("product_category"), ReportLimits.Categories, ct).ConfigureAwait(false),
            Categories = await ScalarAsync(ReportSql.DistinctCount("product_category"), ct).ConfigureAwait(false),
            ByStars = await GroupsAsync(ReportSql.StarsBySentiment, null, ct).ConfigureAwait(false),
            Throughput = throughput,
            ThroughputBucket = bucket,
            Quarantined = quarantined,
            Reasons = reasons,
            Examples = listed.Count == 0 ? [] : await ReadExamplesAsync(shards, listed, ct).ConfigureAwait(false),
        };
    }

    /// <summary>Whole seconds, about <see cref="ReportLimits.ThroughputPoints"/> buckets over the span, at least one second.</summary>
    public static TimeSpan ThroughputBucket(DateTimeOffset? first, DateTimeOffset? last)
    {
        var span = first is { } a && last is { } b ? (b - a).TotalSeconds : 0;
        return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(span / ReportLimits.ThroughputPoints)));
    }

    private async Task<IReadOnlyList<RunRecord>> ReadRunsAsync(CancellationToken ct)
    {
        var runs = new List<RunRecord>();
        await using var cmd = Command(_sql.RunList(SinkTables.Runs.ColumnList));
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            runs.Add(new RunRecord
            {
                RunId = reader.GetString(0), JobId = reader.GetString(1), Attempt = (int)Long(reader, 2),
                ArrayIndex = reader.IsDBNull(3) ? null : (int)Long(reader, 3),
                StartedAt = dialect.ReadTimestamp(reader.GetValue(4)) ?? default, FinishedAt = dialect.ReadTimestamp(reader.GetValue(5)),
                Status = reader.GetString(6), Inputs = reader.GetString(7), Read = Long(reader, 8), Written = Long(reader, 9),
                Skipped = Long(reader, 10), Quarantined = Long(reader, 11), TranslateCharacters = Long(reader, 12),
                TranslateCalls = Long(reader, 13), TranslationCacheHits = Long(reader, 14), LanguageUnits = Long(reader, 15),
                SentimentUnits = Long(reader, 16), EstimatedCostUsd = Decimal(reader, 17),
            });
        }
        return runs;
    }

    private async Task<RunTotals> ReadTotalsAsync(CancellationToken ct)
    {
        var statuses = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var cmd = Command(_sql.RunStatuses))
        await using (var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
                statuses[reader.GetString(0)] = Long(reader, 1);
        await using var totals = Command(_sql.RunTotals);
        await using var row = await totals.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await row.ReadAsync(ct).ConfigureAwait(false);
        return new RunTotals
        {
            Runs = Long(row, 0), MaxAttempt = (int)Long(row, 1), ArrayChildren = Long(row, 2),
            FirstStarted = dialect.ReadTimestamp(row.GetValue(3)), LastFinished = dialect.ReadTimestamp(row.GetValue(4)),
            Read = Long(row, 5), Written = Long(row, 6), Skipped = Long(row, 7), TranslateCharacters = Long(row, 8),
            TranslateCalls = Long(row, 9), ComprehendUnits = Long(row, 10), EstimatedCostUsd = Decimal(row, 11), Statuses = statuses,
        };
    }

    private async Task<IReadOnlyList<GroupCount>> GroupsAsync(string sql, int? top, CancellationToken ct)
    {
        var groups = new List<GroupCount>();
        await using var cmd = Command(sql);
        if (top is { } limit)
            Add(cmd, "@top", limit);
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            groups.Add(new GroupCount(Text(reader, 0), Text(reader, 1), Long(reader, 2)));
        return groups;
    }

    /// <summary>Rows per bucket (empty buckets left out), and the sources the rows came from.</summary>
    private async Task<(IReadOnlyList<ThroughputPoint> Points, HashSet<string> Sources)> ReadThroughputAsync(DateTimeOffset start, TimeSpan bucket,
        CancellationToken ct)
    {
        var perBucket = new SortedDictionary<long, long>();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        await using var cmd = Command(_sql.ThroughputBySource);
        Add(cmd, "@start", dialect.Timestamp(start));
        Add(cmd, "@width", bucket.TotalSeconds);
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var index = Long(reader, 0);
            perBucket[index] = perBucket.GetValueOrDefault(index) + Long(reader, 2);
            sources.Add(reader.GetString(1));
        }
        return (perBucket.Select(b => new ThroughputPoint(start + b.Key * bucket, b.Value)).ToList(), sources);
    }

    private async Task<IReadOnlyList<ReasonCount>> ReadReasonsAsync(List<string> sources, long total, CancellationToken ct)
    {
        var reasons = new List<ReasonCount>();
        await using (var cmd = Command(_sql.TopReasons))
        {
            dialect.AddList(cmd, "@sources", sources);
            Add(cmd, "@top", ReportLimits.Reasons);
            await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
                reasons.Add(new ReasonCount(reader.GetString(0), Long(reader, 1)));
        }
        var rest = total - reasons.Sum(r => r.Count);
        if (rest > 0)
            reasons.Add(new ReasonCount(null, rest));
        return reasons;
    }

    private async Task<IReadOnlyList<QuarantineExample>> ReadExamplesAsync(List<string> sources, List<string> reasons, CancellationToken ct)
    {
        var examples = new List<QuarantineExample>();
        await using var cmd = Command(_sql.Examples);
        dialect.AddList(cmd, "@sources", sources);
        dialect.AddList(cmd, "@reasons", reasons);
        Add(cmd, "@examples", ReportLimits.ExamplesPerReason);
        Add(cmd, "@raw", ReportLimits.RawCharacters);
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            examples.Add(new QuarantineExample(reader.GetString(0), reader.GetString(1), Long(reader, 2), Text(reader, 3) ?? ""));
        return examples;
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken ct, Action<DbCommand>? bind = null)
    {
        await using var cmd = Command(sql);
        bind?.Invoke(cmd);
        var value = await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A command in the report's transaction, with the scope's parameters bound when it uses them.</summary>
    private DbCommand Command(string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = _transaction;
        if (sql.Contains("@job", StringComparison.Ordinal))
        {
            Add(cmd, "@job", scope.JobId);
            Add(cmd, "@prefix", scope.ChildPrefix);
            Add(cmd, "@prefix_length", scope.ChildPrefix.Length);
        }
        return cmd;
    }
}
