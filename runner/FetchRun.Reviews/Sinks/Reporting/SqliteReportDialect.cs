using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace FetchRun.Reviews.Sinks.Reporting;

/// <summary>SQLite: timestamps are UTC text (as the sink binds them), lists are JSON arrays read by <c>json_each</c>.</summary>
internal sealed class SqliteReportDialect : ReportDialect
{
    public static SqliteReportDialect Instance { get; } = new();

    private const string Format = "yyyy-MM-dd HH:mm:ss.fff";

    public override string Table(string name) => name;

    public override string Bucket(string column) =>
        $"CAST((julianday({column}) - julianday(@start)) * 86400.0 / @width AS INTEGER)";

    public override string InList(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    public override void AddList(DbCommand command, string parameter, IReadOnlyCollection<string> values) =>
        ReportCommands.Add(command, parameter, JsonSerializer.Serialize(values));

    /// <summary>Deferred: Microsoft.Data.Sqlite otherwise begins IMMEDIATE, which takes the write lock of the main database.</summary>
    public override Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override string CreateTemporary(string name, string select) => $"CREATE TEMP TABLE {name} AS {select}";

    public override object Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public override DateTimeOffset? ReadTimestamp(object value) => value switch
    {
        DBNull => null,
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        _ => throw new InvalidDataException($"a timestamp column holds {value.GetType().Name}, not text"),
    };
}
