namespace FetchRun.Sdk.Sinks.Schema;

/// <summary>
/// One table both sinks write: its columns, its primary key and the upsert that keeps writes idempotent.
/// Every table also has <see cref="StoredAtColumn"/>, set by the database on insert and on update.
/// </summary>
internal sealed class SinkTable<T>(string name, IReadOnlyList<string> key, IReadOnlyList<SinkColumn<T>> columns)
{
    public const string StoredAtColumn = "stored_at";

    public string Name { get; } = name;

    public IReadOnlyList<string> Key { get; } = key;

    public IReadOnlyList<SinkColumn<T>> Columns { get; } = columns;

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    /// <summary><c>c = EXCLUDED.c</c> for every column outside the key (both dialects accept this spelling).</summary>
    public string UpdateList(string now) => string.Join(", ", Columns
        .Where(c => !Key.Contains(c.Name))
        .Select(c => $"{c.Name} = EXCLUDED.{c.Name}")
        .Append($"{StoredAtColumn} = {now}"));

    /// <summary>
    /// The rows with one row per key, the last one winning, in first-seen order: an upsert may not touch
    /// the same row twice in one statement.
    /// </summary>
    public IReadOnlyList<T> LastPerKey(IReadOnlyList<T> rows)
    {
        var keyColumns = Columns.Where(c => Key.Contains(c.Name)).ToArray();
        var byKey = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        var kept = new List<T>(rows.Count);
        foreach (var row in rows)
        {
            var rowKey = string.Join('\u001f', keyColumns.Select(c => Convert.ToString(c.Value(row), System.Globalization.CultureInfo.InvariantCulture)));
            if (byKey.TryGetValue(rowKey, out var index))
            {
                kept[index] = row;
            }
            else
            {
                byKey[rowKey] = kept.Count;
                kept.Add(row);
            }
        }
        return kept;
    }
}
