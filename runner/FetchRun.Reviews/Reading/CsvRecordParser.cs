using System.Text;

namespace FetchRun.Reviews.Reading;

/// <summary>
/// Splits RFC 4180 records on bytes: comma separated, fields optionally in double quotes with <c>""</c> for a
/// quote, line breaks allowed inside quotes. A quote inside an unquoted field is kept as a character.
/// </summary>
internal static class CsvRecordParser
{
    public static CsvRecordState Split(ReadOnlySpan<byte> record, List<CsvField> fields, out int errorAt)
    {
        fields.Clear();
        errorAt = 0;
        var i = 0;
        while (true)
        {
            if (i < record.Length && record[i] == '"')
            {
                var j = i + 1;
                var escaped = false;
                while (true)
                {
                    var quote = record[j..].IndexOf((byte)'"');
                    if (quote < 0)
                        return CsvRecordState.OpenQuote;
                    j += quote;
                    if (j + 1 < record.Length && record[j + 1] == '"')
                    {
                        escaped = true;
                        j += 2;
                        continue;
                    }
                    break;
                }
                fields.Add(new CsvField(i + 1, j - i - 1, escaped));
                j++;
                if (j == record.Length)
                    return CsvRecordState.Complete;
                if (record[j] != ',')
                {
                    errorAt = j + 1;
                    return CsvRecordState.TextAfterQuote;
                }
                i = j + 1;
            }
            else
            {
                var comma = record[i..].IndexOf((byte)',');
                if (comma < 0)
                {
                    fields.Add(new CsvField(i, record.Length - i, false));
                    return CsvRecordState.Complete;
                }
                fields.Add(new CsvField(i, comma, false));
                i += comma + 1;
            }
        }
    }

    public static string Text(ReadOnlySpan<byte> record, CsvField field)
    {
        var text = Encoding.UTF8.GetString(record.Slice(field.Start, field.Length));
        return field.Escaped ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
    }
}
