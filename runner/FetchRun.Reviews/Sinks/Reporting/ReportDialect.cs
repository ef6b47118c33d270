using System.Data.Common;

namespace FetchRun.Reviews.Sinks.Reporting;

/// <summary>Where the report's SQL differs between PostgreSQL and SQLite; everything else is shared text.</summary>
internal abstract class ReportDialect
{
    /// <summary>The table's name as the queries write it (schema-qualified on PostgreSQL).</summary>
    public abstract string Table(string name);

    /// <summary>The whole number of <c>@width</c>-second buckets between <c>@start</c> and the timestamp column.</summary>
    public abstract string Bucket(string column);

    /// <summary>A condition true when <paramref name="column"/> is one of the list bound by <see cref="AddList"/>.</summary>
    public abstract string InList(string column, string parameter);

    public abstract void AddList(DbCommand command, string parameter, IReadOnlyCollection<string> values);

    /// <summary>Starts the read transaction; it must not take the database's write lock (a report runs beside writers).</summary>
    public virtual async Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(ct).ConfigureAwait(false);

    /// <summary>Creates a temporary table from a query; it goes away with the transaction the report reads in.</summary>
    public abstract string CreateTemporary(string name, string select);

    /// <summary>A timestamp as this database binds it (the sinks' own representation).</summary>
    public abstract object Timestamp(DateTimeOffset value);

    /// <summary>A timestamp column's value; null for NULL.</summary>
    public abstract DateTimeOffset? ReadTimestamp(object value);
}
