using System.Diagnostics;
using System.Globalization;
using FetchRun.Reviews.Sinks;
using FetchRun.Reviews.Sinks.Postgres;
using FetchRun.Reviews.Sinks.Schema;
using FetchRun.TestSupport.Postgres;
using Npgsql;

namespace FetchRun.Benchmarks.Sinks;

/// <summary>
/// Rows per second of <see cref="PostgresReviewSink"/> (batches of 25 and 1,000) against two baselines measured in
/// the same run on the same server: <c>psql \copy</c> of the same rows from a CSV file, and a raw binary COPY,
/// each into a plain table without keys. Usage: <c>sinks [--rows N] [--repeat R]</c>.
/// </summary>
internal sealed class SinkThroughputHarness : IHarness
{
    /// <summary>Batch size and the sink's COPY threshold: the default path for each size, and 1,000 rows via unnest for comparison.</summary>
    private static readonly (int Size, int CopyThreshold, string Path)[] Variants =
        [(25, 200, "unnest (default)"), (1000, 200, "COPY + staging (default)"), (1000, int.MaxValue, "unnest")];

    public string Name => "sinks";

    public string Description => "PostgreSQL sink rows/s (batches of 25 and 1,000) vs psql \\copy and raw binary COPY";

    public async Task<int> RunAsync(string[] args)
    {
        var rows = HarnessArgs.Int(args, "--rows", 20_000);
        var repeat = HarnessArgs.Int(args, "--repeat", 3);
        var results = SyntheticResults.Create(rows);
        await using var server = await PostgresServer.StartAsync();
        Console.WriteLine($"sinks: {rows:N0} rows, median of {repeat}, PostgreSQL {await ServerVersionAsync(server)}");

        var csv = Path.Combine(Path.GetTempPath(), $"fetchrun-sinks-{Guid.NewGuid():N}.csv");
        await CsvRows.WriteAsync(csv, results);
        try
        {
            var psql = await MedianAsync(repeat, async () =>
            {
                var db = await PlainTableAsync(server);
                return await TimeAsync(() => PsqlCopy.RunAsync(db, "baseline", csv));
            });
            var binary = await MedianAsync(repeat, async () =>
            {
                var db = await PlainTableAsync(server);
                await using var conn = new NpgsqlConnection(db);
                await conn.OpenAsync();
                return await TimeAsync(() => PostgresCopy.WriteAsync(conn,
                    $"COPY baseline ({SinkTables.Results.ColumnList}) FROM STDIN (FORMAT BINARY)", SinkTables.Results.Columns, results, default));
            });
            Report("psql \\copy (CSV)", rows, psql, psql);
            Report("binary COPY (Npgsql)", rows, binary, psql);
            foreach (var (size, threshold, path) in Variants)
            {
                var sink = await MedianAsync(repeat, async () =>
                {
                    var db = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync("bench"));
                    await using var opened = await PostgresReviewSink.OpenAsync(db, new PostgresSinkOptions { CopyThreshold = threshold }, default);
                    return await TimeAsync(async () =>
                    {
                        foreach (var batch in results.Chunk(size))
                            await opened.WriteBatchAsync(batch, [], [], default);
                    });
                });
                Report($"sink, batches of {size:N0}, {path}", rows, sink, psql);
            }
        }
        finally
        {
            File.Delete(csv);
        }
        return 0;
    }

    private static void Report(string what, int rows, TimeSpan elapsed, TimeSpan psql) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {what,-48} | {elapsed.TotalMilliseconds,9:F0} ms | {rows / elapsed.TotalSeconds,10:N0} rows/s | {psql / elapsed,5:F2} × psql |"));

    private static async Task<string> PlainTableAsync(PostgresServer server)
    {
        var db = await server.CreateDatabaseAsync("bench");
        // The sink's schema gives the baseline the very same columns, then a plain copy of it without keys.
        await using (var sink = await PostgresReviewSink.OpenAsync(new NpgsqlConnectionStringBuilder(db), new PostgresSinkOptions(), default))
        {
        }
        await using var conn = new NpgsqlConnection(db);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE TABLE baseline AS SELECT {SinkTables.Results.ColumnList} FROM results WITH NO DATA", conn);
        await cmd.ExecuteNonQueryAsync();
        return db;
    }

    private static async Task<string> ServerVersionAsync(PostgresServer server)
    {
        await using var conn = new NpgsqlConnection(server.ConnectionString);
        await conn.OpenAsync();
        return conn.PostgreSqlVersion.ToString();
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed;
    }

    private static async Task<TimeSpan> MedianAsync(int repeat, Func<Task<TimeSpan>> measure)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < repeat; i++)
            times.Add(await measure());
        times.Sort();
        return times[times.Count / 2];
    }
}
