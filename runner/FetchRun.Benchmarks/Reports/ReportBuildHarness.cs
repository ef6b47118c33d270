using System.Diagnostics;
using System.Globalization;
using FetchRun.Reviews.Reports;
using FetchRun.Reviews.Sinks;
using FetchRun.Reviews.Sinks.Postgres;
using FetchRun.Reviews.Sinks.Reporting;
using FetchRun.Reviews.Sinks.Sqlite;
using FetchRun.TestSupport.Postgres;
using Npgsql;

namespace FetchRun.Benchmarks.Reports;

/// <summary>
/// Time to build the run report (read the aggregates + render the page with plotly.js inline) for an array job with
/// N stored rows, on SQLite and PostgreSQL, against a baseline measured in the same run on the same database: the
/// bare aggregate queries alone (<see cref="IReportReader.ReadReportAsync"/>), no page. The first build in the process
/// (loading Plotly.NET and FSharp.Core) is shown apart. Usage: <c>report [--rows N] [--repeat R]</c>.
/// </summary>
internal sealed class ReportBuildHarness : IHarness
{
    public string Name => "report";

    public string Description => "run report build time and size for N stored rows (SQLite, PostgreSQL) vs the bare aggregate queries";

    public async Task<int> RunAsync(string[] args)
    {
        var rows = HarnessArgs.Int(args, "--rows", 200_000);
        var repeat = HarnessArgs.Int(args, "--repeat", 5);
        Console.WriteLine($"report: {rows:N0} stored rows of array job '{ReportRows.JobId}' (10 children), median of {repeat}");
        var directory = Directory.CreateTempSubdirectory("fetchrun-report-bench-");
        try
        {
            await using (var sqlite = await SqliteReviewSink.OpenAsync(Path.Combine(directory.FullName, "results.db"), default))
                await MeasureAsync("SQLite", sqlite, rows, repeat);
            await using var server = await PostgresServer.StartAsync();
            var db = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync("report"));
            await using var postgres = await PostgresReviewSink.OpenAsync(db, new PostgresSinkOptions(), default);
            await MeasureAsync("PostgreSQL", postgres, rows, repeat);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
        return 0;
    }

    private static async Task MeasureAsync(string database, IReviewSink sink, int rows, int repeat)
    {
        var fill = Stopwatch.StartNew();
        await ReportRows.WriteAsync(sink, rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{database}: {rows:N0} rows stored in {fill.Elapsed.TotalSeconds:F1} s (not measured)"));
        var reader = (IReportReader)sink;
        var scope = new ReportScope(ReportRows.JobId);
        var first = await TimeAsync(() => RunReports.BuildAsync(reader, scope, sink.Description, DateTimeOffset.UtcNow, default));
        var builds = new List<TimeSpan>();
        var queries = new List<TimeSpan>();
        var pages = new List<TimeSpan>();
        var bytes = 0;
        for (var i = 0; i < repeat; i++)
        {
            var read = Stopwatch.StartNew();
            var aggregates = await reader.ReadReportAsync(scope, default);
            queries.Add(read.Elapsed);
            var render = Stopwatch.StartNew();
            ReportPage.Build(aggregates, sink.Description, DateTimeOffset.UtcNow);
            pages.Add(render.Elapsed);
            var clock = Stopwatch.StartNew();
            var (data, page) = await RunReports.BuildAsync(reader, scope, sink.Description, DateTimeOffset.UtcNow, default);
            builds.Add(clock.Elapsed);
            bytes = page.Length;
            if (data.Rows != rows)
                throw new InvalidOperationException($"the report counted {data.Rows} rows, not {rows}");
        }
        var build = Median(builds);
        var query = Median(queries);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {database,-10} | first build {first.TotalMilliseconds,7:F0} ms | build {build.TotalMilliseconds,6:F0} ms | bare queries {query.TotalMilliseconds,6:F0} ms | page alone {Median(pages).TotalMilliseconds,5:F0} ms | {build / query,5:F2} × queries | page {bytes / 1024.0 / 1024.0:F2} MiB |"));
    }

    private static async Task<TimeSpan> TimeAsync<T>(Func<Task<T>> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed;
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);
}
