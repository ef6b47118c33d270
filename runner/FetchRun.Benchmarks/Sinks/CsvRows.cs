using System.Globalization;
using System.Text;
using FetchRun.Reviews.Sinks;
using FetchRun.Reviews.Sinks.Schema;

namespace FetchRun.Benchmarks.Sinks;

/// <summary>Result rows as the CSV that <c>psql \copy … (FORMAT csv)</c> reads: an unquoted empty field is NULL.</summary>
internal static class CsvRows
{
    public static async Task WriteAsync(string path, IEnumerable<ReviewResult> rows)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var columns = SinkTables.Results.Columns;
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                    line.Append(',');
                line.Append(columns[i].Value(row) switch
                {
                    null => "",
                    string s => $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"",
                    bool b => b ? "t" : "f",
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var other => other.ToString(),
                });
            }
            await writer.WriteLineAsync(line);
        }
    }
}
