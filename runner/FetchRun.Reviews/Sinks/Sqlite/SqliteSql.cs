using FetchRun.Reviews.Sinks.Schema;

namespace FetchRun.Reviews.Sinks.Sqlite;

/// <summary>The SQLite statements of the sink, generated from <see cref="SinkTables"/> like the PostgreSQL ones.</summary>
internal static class SqliteSql
{
    public static string CreateSchema() =>
        string.Join("\n", CreateTable(SinkTables.Results), CreateTable(SinkTables.Quarantine),
            CreateTable(SinkTables.Translations), CreateTable(SinkTables.Answers), CreateTable(SinkTables.Runs));

    public static string Upsert<T>(SinkTable<T> table) =>
        $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))}) " +
        $"ON CONFLICT ({string.Join(", ", table.Key)}) DO UPDATE SET {table.UpdateList(Now)}";

    public static string SelectExisting<T>(SinkTable<T> table, string column, string selected) =>
        $"SELECT {selected} FROM {table.Name} WHERE {column} IN (SELECT value FROM json_each($keys))";

    /// <summary>UTC with milliseconds, in the same text form as the timestamps the sink binds.</summary>
    private const string Now = "strftime('%Y-%m-%d %H:%M:%f', 'now')";

    private static string CreateTable<T>(SinkTable<T> table) =>
        table.CreateTableSql(table.Name, TypeName, $"TEXT NOT NULL DEFAULT ({Now})");

    private static string TypeName(ColumnKind kind) => kind switch
    {
        ColumnKind.Text or ColumnKind.Timestamp => "TEXT",
        ColumnKind.Boolean or ColumnKind.Integer or ColumnKind.BigInt => "INTEGER",
        ColumnKind.Double => "REAL",
        ColumnKind.Money => "NUMERIC",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
