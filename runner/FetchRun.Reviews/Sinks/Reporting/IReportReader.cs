namespace FetchRun.Reviews.Sinks.Reporting;

/// <summary>A sink that can read back what a job stored, aggregated in the database, for its report.</summary>
internal interface IReportReader
{
    /// <summary>
    /// The aggregates of the runs in <paramref name="scope"/>: every figure is a GROUP BY in the database, so the
    /// cost does not grow with the rows held in memory. Failures map to exit codes as the sink's writes do.
    /// </summary>
    Task<ReportData> ReadReportAsync(ReportScope scope, CancellationToken cancellationToken);
}
