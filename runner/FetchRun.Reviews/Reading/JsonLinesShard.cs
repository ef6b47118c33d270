using System.Runtime.CompilerServices;

namespace FetchRun.Reviews.Reading;

/// <summary>Reads a JSON Lines shard: one object per line; blank lines are skipped but still counted.</summary>
internal sealed class JsonLinesShard(LineSplitter lines, ItemFactory items)
{
    public async IAsyncEnumerable<ShardItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (lines.OverlongBytes > 0)
            {
                yield return items.TooLong(lines.LineNumber, lines.OverlongBytes, lines.Line.Span);
                continue;
            }
            if (ItemFactory.IsBlank(lines.Line.Span))
                continue;
            yield return Parse(lines.Line.Span, lines.LineNumber);
        }
    }

    private ShardItem Parse(ReadOnlySpan<byte> line, long number)
    {
        if (!Utf8Text.IsValid(line, out var badByte))
            return items.Quarantine(number, QuarantineReasons.InvalidUtf8(badByte), line);
        var malformed = JsonLineParser.Parse(line, items.Row);
        return malformed is null
            ? items.FromRow(number, line)
            : items.Quarantine(number, malformed, line, reviewId: items.Row.ReadableId);
    }
}
