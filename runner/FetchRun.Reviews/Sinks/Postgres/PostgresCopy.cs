using FetchRun.Reviews.Sinks.Schema;
using Npgsql;

namespace FetchRun.Reviews.Sinks.Postgres;

/// <summary>Binary COPY of rows described by <see cref="SinkColumn{T}"/>s.</summary>
internal static class PostgresCopy
{
    public static async Task WriteAsync<T>(NpgsqlConnection conn, string copyCommand, IReadOnlyList<SinkColumn<T>> columns,
        IEnumerable<T> rows, CancellationToken ct)
    {
        var types = columns.Select(c => PostgresSql.DbType(c.Kind)).ToArray();
        await using var importer = await conn.BeginBinaryImportAsync(copyCommand, ct).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct).ConfigureAwait(false);
            for (var i = 0; i < columns.Count; i++)
            {
                switch (columns[i].Value(row))
                {
                    case null:
                        await importer.WriteNullAsync(ct).ConfigureAwait(false);
                        break;
                    case string text:
                        await importer.WriteAsync(PostgresArrays.WithoutNul(text), types[i], ct).ConfigureAwait(false);
                        break;
                    case var value:
                        await importer.WriteAsync(value, types[i], ct).ConfigureAwait(false);
                        break;
                }
            }
        }
        await importer.CompleteAsync(ct).ConfigureAwait(false);
    }
}
