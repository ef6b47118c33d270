using System.Text;

namespace FetchRun.Reviews.Reading;

/// <summary>The column positions of the review fields, read from the header row (names matched case-insensitively, trimmed).</summary>
internal sealed class CsvHeader
{
    private CsvHeader(int[] columns, int fieldCount)
    {
        Columns = columns;
        FieldCount = fieldCount;
    }

    /// <summary>For each <see cref="ReviewField"/>, its column index, or -1 when the optional column is absent.</summary>
    public int[] Columns { get; }

    public int FieldCount { get; }

    /// <exception cref="JobFailedException">65 when the header is malformed, repeats a column or lacks a required one.</exception>
    public static CsvHeader Parse(ReadOnlySpan<byte> line, string source)
    {
        var fields = new List<CsvField>();
        if (CsvRecordParser.Split(line, fields, out _) != CsvRecordState.Complete || !Utf8Text.IsValid(line, out _))
            throw new JobFailedException(ExitCodes.DataError, QuarantineReasons.MalformedHeader(source));
        var columns = Enumerable.Repeat(-1, ReviewFields.Count).ToArray();
        for (var c = 0; c < fields.Count; c++)
        {
            var name = CsvRecordParser.Text(line, fields[c]).Trim().TrimStart('\uFEFF');
            var field = Array.FindIndex(ReviewFields.Names, n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (field < 0)
                continue;
            if (columns[field] >= 0)
                throw new JobFailedException(ExitCodes.DataError, QuarantineReasons.DuplicateColumn(source, ReviewFields.Names[field]));
            columns[field] = c;
        }
        var missing = Enumerable.Range(0, ReviewFields.Count)
            .Where(f => columns[f] < 0 && ReviewFields.IsRequired((ReviewField)f))
            .Select(f => ReviewFields.Names[f])
            .ToList();
        if (missing.Count > 0)
            throw new JobFailedException(ExitCodes.DataError, QuarantineReasons.MissingColumns(source, missing));
        return new CsvHeader(columns, fields.Count);
    }

    public void Fill(ReadOnlySpan<byte> record, List<CsvField> fields, RawRow row)
    {
        row.Clear();
        for (var f = 0; f < ReviewFields.Count; f++)
        {
            if (Columns[f] >= 0)
                row.Values[f] = CsvRecordParser.Text(record, fields[Columns[f]]);
        }
    }
}
