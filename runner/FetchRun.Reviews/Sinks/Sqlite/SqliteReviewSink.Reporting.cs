using FetchRun.Reviews.Sinks.Reporting;

namespace FetchRun.Reviews.Sinks.Sqlite;

/// <summary>The report's read side of the SQLite sink, on the sink's own connection and gate.</summary>
internal sealed partial class SqliteReviewSink : IReportReader
{
    public Task<ReportData> ReadReportAsync(ReportScope scope, CancellationToken cancellationToken) =>
        GuardedAsync("read the report", ct => new ReportReader(_connection, SqliteReportDialect.Instance, scope).ReadAsync(ct), cancellationToken);
}
