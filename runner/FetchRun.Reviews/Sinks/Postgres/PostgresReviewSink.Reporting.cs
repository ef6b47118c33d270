using FetchRun.Reviews.Sinks.Reporting;

namespace FetchRun.Reviews.Sinks.Postgres;

/// <summary>The report's read side of the PostgreSQL sink: one pooled connection, the sink's retry and error mapping.</summary>
internal sealed partial class PostgresReviewSink : IReportReader
{
    public Task<ReportData> ReadReportAsync(ReportScope scope, CancellationToken cancellationToken) =>
        _retry.RunAsync("read the report", async ct =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
            return await new ReportReader(connection, new PostgresReportDialect(_sql), scope).ReadAsync(ct).ConfigureAwait(false);
        }, cancellationToken);
}
