using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FetchRun.Reviews.Reading;

/// <summary>
/// Reads a CSV shard: a header row, then one record per line, or several lines when a quoted field holds line
/// breaks (kept as '\n'); a record is numbered by the line it starts on. Blank lines between records are skipped.
/// </summary>
internal sealed class CsvShard(LineSplitter lines, ItemFactory items, string source, int maxRecordBytes)
{
    private readonly List<CsvField> _fields = [];
    private readonly List<byte> _record = [];

    public async IAsyncEnumerable<ShardItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        CsvHeader? header = null;
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var start = lines.LineNumber;
            if (lines.OverlongBytes > 0)
            {
                if (header is null)
                    throw new JobFailedException(ExitCodes.DataError, QuarantineReasons.MalformedHeader(source));
                yield return items.TooLong(start, lines.OverlongBytes, lines.Line.Span);
                continue;
            }
            if (ItemFactory.IsBlank(lines.Line.Span))
                continue;
            if (header is null)
            {
                header = CsvHeader.Parse(lines.Line.Span, source);
                continue;
            }
            var state = CsvRecordParser.Split(lines.Line.Span, _fields, out var errorAt);
            if (state != CsvRecordState.OpenQuote)
            {
                yield return Finish(header, lines.Line.Span, state, errorAt, start);
                continue;
            }
            // A quoted field runs on: gather the following lines until the quote closes, the cap or the end.
            _record.Clear();
            _record.AddRange(lines.Line.Span);
            ShardItem? outcome = null;
            while (outcome is null)
            {
                if (!await lines.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    outcome = items.Quarantine(start, QuarantineReasons.CsvUnclosedQuote, Record);
                    break;
                }
                _record.Add((byte)'\n');
                _record.AddRange(lines.Line.Span);
                if (lines.OverlongBytes > 0 || _record.Count > maxRecordBytes)
                {
                    var length = lines.OverlongBytes > 0 ? _record.Count - lines.Line.Length + lines.OverlongBytes : _record.Count;
                    var quotes = Record.Count((byte)'"');
                    _record.RemoveRange(Math.Min(_record.Count, maxRecordBytes), Math.Max(0, _record.Count - maxRecordBytes));
                    // Skip the rest of the record without keeping it: it ends where its quotes balance at a line end.
                    while (quotes % 2 == 1 && await lines.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        length += 1 + Math.Max(lines.OverlongBytes, lines.Line.Length);
                        quotes += lines.Line.Span.Count((byte)'"');
                    }
                    outcome = items.TooLong(start, length, Record);
                    break;
                }
                state = CsvRecordParser.Split(Record, _fields, out errorAt);
                if (state != CsvRecordState.OpenQuote)
                    outcome = Finish(header, Record, state, errorAt, start);
            }
            yield return outcome.Value;
            _record.Clear();
            if (_record.Capacity > ShardReaderDefaults.InitialBufferBytes)
                _record.Capacity = ShardReaderDefaults.InitialBufferBytes;
        }
        if (header is null)
            throw new JobFailedException(ExitCodes.DataError, QuarantineReasons.NoHeader(source));
    }

    private ReadOnlySpan<byte> Record => CollectionsMarshal.AsSpan(_record);

    private ShardItem Finish(CsvHeader header, ReadOnlySpan<byte> record, CsvRecordState state, int errorAt, long line)
    {
        if (!Utf8Text.IsValid(record, out var badByte))
            return items.Quarantine(line, QuarantineReasons.InvalidUtf8(badByte), record);
        if (state == CsvRecordState.TextAfterQuote)
            return items.Quarantine(line, QuarantineReasons.CsvTextAfterQuote(errorAt), record);
        if (_fields.Count != header.FieldCount)
            return items.Quarantine(line, QuarantineReasons.CsvFieldCount(_fields.Count, header.FieldCount), record);
        header.Fill(record, _fields, items.Row);
        return items.FromRow(line, record);
    }
}
