namespace FetchRun.Reviews.Sinks.Schema;

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

    /// <summary><c>CREATE TABLE IF NOT EXISTS</c> in a dialect given by its type names and <see cref="StoredAtColumn"/>'s definition.</summary>
    public string CreateTableSql(string qualifiedName, Func<ColumnKind, string> typeName, string storedAtDefinition)
    {
        var columns = Columns
            .Select(c => $"    {c.Name} {typeName(c.Kind)}{(c.Required ? " NOT NULL" : "")}")
            .Append($"    {StoredAtColumn} {storedAtDefinition}")
            .Append($"    PRIMARY KEY ({string.Join(", ", Key)})");
        return $"CREATE TABLE IF NOT EXISTS {qualifiedName} (\n{string.Join(",\n", columns)}\n);";
    }

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
