using System.Diagnostics;
using FetchRun.Reviews.Sinks;
using FetchRun.Reviews.Sinks.Reporting;
using FetchRun.Sdk.Storage;

namespace FetchRun.Reviews.Reports;

/// <summary>
/// The run report: one self-contained HTML page (charts, tables, plotly.js inline) built from what the database holds
/// for a job, so it is the same at the end of a run or made later. The one way in. See docs/report.md.
/// </summary>
public static class RunReports
{
    /// <summary>
    /// Reads the aggregates of <see cref="RunReportOptions.JobId"/>'s runs from <paramref name="sink"/>'s database and
    /// writes the page to <see cref="RunReportOptions.Destination"/> through <paramref name="storage"/>.
    /// </summary>
    /// <returns>Where the report was written; null when <see cref="RunReportOptions.Destination"/> is null (<c>report=none</c>).</returns>
    /// <exception cref="JobFailedException">
    /// The sink's exit codes when the database cannot be read (75 unavailable, 77 refused), the storage's when the report
    /// cannot be written (66, 75, 77), 64 for a sink that cannot be read back.
    /// </exception>
    public static async Task<ObjectUri?> WriteAsync(IReviewSink sink, RunReportOptions options, IObjectStore storage, IJobLog log,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(log);
        if (options.Destination is not { } destination)
            return null;
        if (sink is not IReportReader reader)
            throw new JobFailedException(ExitCodes.Usage, $"the sink {sink.Description} cannot be read back for a report; use the PostgreSQL or SQLite sink.");
        var clock = Stopwatch.StartNew();
        var (data, page) = await BuildAsync(reader, new ReportScope(options.JobId), sink.Description, DateTimeOffset.UtcNow, cancellationToken)
            .ConfigureAwait(false);
        await storage.WriteAsync(destination, page, cancellationToken).ConfigureAwait(false);
        log.Info("report written", ("report", destination.ToString()), ("job", options.JobId), ("runs", data.Totals.Runs), ("rows", data.Rows),
            ("bytes", page.Length), ("elapsed_ms", clock.ElapsedMilliseconds));
        return destination;
    }

    /// <summary>The report's data and page, without writing it (tests and the benchmark time this).</summary>
    internal static async Task<(ReportData Data, byte[] Page)> BuildAsync(IReportReader reader, ReportScope scope, string source,
        DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        var data = await reader.ReadReportAsync(scope, cancellationToken).ConfigureAwait(false);
        return (data, ReportPage.Build(data, source, generatedAt));
    }
}
