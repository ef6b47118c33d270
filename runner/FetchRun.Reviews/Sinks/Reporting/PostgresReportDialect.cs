using System.Data.Common;
using FetchRun.Reviews.Sinks.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace FetchRun.Reviews.Sinks.Reporting;

/// <summary>PostgreSQL: schema-qualified tables, timestamptz, text[] lists.</summary>
internal sealed class PostgresReportDialect(PostgresSql sql) : ReportDialect
{
    public override string Table(string name) => sql.Qualified(name);

    public override string Bucket(string column) =>
        $"floor(extract(epoch FROM {column} - @start)::float8 / @width)::bigint";

    public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public override void AddList(DbCommand command, string parameter, IReadOnlyCollection<string> values) =>
        command.Parameters.Add(new NpgsqlParameter(parameter, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });

    public override string CreateTemporary(string name, string select) => $"CREATE TEMP TABLE {name} ON COMMIT DROP AS {select}";

    public override object Timestamp(DateTimeOffset value) => value.UtcDateTime;

    public override DateTimeOffset? ReadTimestamp(object value) => value switch
    {
        DBNull => null,
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        DateTimeOffset time => time,
        _ => throw new InvalidDataException($"a timestamp column holds {value.GetType().Name}, not timestamptz"),
    };
}
