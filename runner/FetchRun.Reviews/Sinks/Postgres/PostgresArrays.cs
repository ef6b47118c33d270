using FetchRun.Reviews.Sinks.Schema;
using Npgsql;
using NpgsqlTypes;

namespace FetchRun.Reviews.Sinks.Postgres;

/// <summary>One column of a batch as a typed array parameter, for <c>unnest</c>.</summary>
internal static class PostgresArrays
{
    public static NpgsqlParameter Parameter<T>(string name, SinkColumn<T> column, IReadOnlyList<T> rows)
    {
        object values = column.Kind switch
        {
            ColumnKind.Text => rows.Select(r => WithoutNul((string?)column.Value(r))).ToArray(),
            ColumnKind.Boolean => rows.Select(r => (bool?)column.Value(r)).ToArray(),
            ColumnKind.Integer => rows.Select(r => (int?)column.Value(r)).ToArray(),
            ColumnKind.BigInt => rows.Select(r => (long?)column.Value(r)).ToArray(),
            ColumnKind.Double => rows.Select(r => (double?)column.Value(r)).ToArray(),
            ColumnKind.Money => rows.Select(r => (decimal?)column.Value(r)).ToArray(),
            ColumnKind.Timestamp => rows.Select(r => (DateTime?)column.Value(r)).ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, null),
        };
        return new NpgsqlParameter(name, NpgsqlDbType.Array | PostgresSql.DbType(column.Kind)) { Value = values };
    }

    /// <summary>PostgreSQL text cannot hold U+0000, which a broken input line may contain.</summary>
    public static string? WithoutNul(string? text) =>
        text is not null && text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : text;
}
