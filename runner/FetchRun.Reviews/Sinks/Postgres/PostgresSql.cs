using FetchRun.Reviews.Sinks.Schema;
using NpgsqlTypes;

namespace FetchRun.Reviews.Sinks.Postgres;

/// <summary>The PostgreSQL statements of the sink, generated from <see cref="SinkTables"/>.</summary>
internal sealed class PostgresSql(string schema)
{
    /// <summary>Serialises schema creation between concurrent array children (CREATE … IF NOT EXISTS races otherwise).</summary>
    private const long SchemaLockKey = 0x46657463685275;

    public string Schema { get; } = schema;

    public string Qualified(string table) => $"\"{Schema}\".{table}";

    public string CreateSchema() =>
        $"""
        SELECT pg_advisory_xact_lock({SchemaLockKey});
        CREATE SCHEMA IF NOT EXISTS "{Schema}";
        {CreateTable(SinkTables.Results)}
        {CreateTable(SinkTables.Quarantine)}
        {CreateTable(SinkTables.Translations)}
        {CreateTable(SinkTables.Answers)}
        {CreateTable(SinkTables.Runs)}
        """;

    /// <summary>
    /// A session-lifetime staging table emptied at every commit: creating and dropping one per batch writes to
    /// the system catalogs and made small batches several times slower (docs/benchmarks-sinks.md).
    /// </summary>
    public string CreateStage<T>(SinkTable<T> table) =>
        $"CREATE TEMP TABLE IF NOT EXISTS {StageName(table)} (LIKE {Qualified(table.Name)} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS";

    public static string CopyIntoStage<T>(SinkTable<T> table) =>
        $"COPY {StageName(table)} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)";

    public string UpsertFromStage<T>(SinkTable<T> table) =>
        $"INSERT INTO {Qualified(table.Name)} ({table.ColumnList}) SELECT {table.ColumnList} FROM {StageName(table)} " +
        $"ON CONFLICT ({string.Join(", ", table.Key)}) DO UPDATE SET {table.UpdateList("now()")}";

    /// <summary>The upsert for small batches: one statement over one array parameter per column, no staging table.</summary>
    public string UpsertFromArrays<T>(SinkTable<T> table) =>
        $"INSERT INTO {Qualified(table.Name)} ({table.ColumnList}) SELECT * FROM unnest(" +
        string.Join(", ", table.Columns.Select((c, i) => $"@p{i}::{TypeName(c.Kind)}[]")) + ") " +
        $"ON CONFLICT ({string.Join(", ", table.Key)}) DO UPDATE SET {table.UpdateList("now()")}";

    public string SelectExisting<T>(SinkTable<T> table, string column, string selected) =>
        $"SELECT {selected} FROM {Qualified(table.Name)} WHERE {column} = ANY(@keys)";

    public static NpgsqlDbType DbType(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => NpgsqlDbType.Text,
        ColumnKind.Boolean => NpgsqlDbType.Boolean,
        ColumnKind.Integer => NpgsqlDbType.Integer,
        ColumnKind.BigInt => NpgsqlDbType.Bigint,
        ColumnKind.Double => NpgsqlDbType.Double,
        ColumnKind.Money => NpgsqlDbType.Numeric,
        ColumnKind.Timestamp => NpgsqlDbType.TimestampTz,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string StageName<T>(SinkTable<T> table) => $"fetchrun_stage_{table.Name}";

    private string CreateTable<T>(SinkTable<T> table) =>
        table.CreateTableSql(Qualified(table.Name), TypeName, "timestamptz NOT NULL DEFAULT now()");

    private static string TypeName(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => "text",
        ColumnKind.Boolean => "boolean",
        ColumnKind.Integer => "integer",
        ColumnKind.BigInt => "bigint",
        ColumnKind.Double => "double precision",
        ColumnKind.Money => "numeric(14, 6)",
        ColumnKind.Timestamp => "timestamptz",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
