namespace FetchRun.Reviews.Reading;

/// <summary>Makes the <see cref="ShardItem"/> for a line of a shard, whatever its format.</summary>
internal sealed class ItemFactory(string source, ShardReaderOptions options)
{
    private readonly DuplicateIds? _ids = options.RejectDuplicateIds ? new DuplicateIds() : null;

    public RawRow Row { get; } = new();

    public ShardItem Quarantine(long line, string reason, ReadOnlySpan<byte> raw, bool rawAlreadyCut = false, string? reviewId = null) =>
        new(null, new QuarantinedLine(source, line, reason, Utf8Text.Raw(raw, options.MaxRawBytes, rawAlreadyCut), reviewId));

    public ShardItem TooLong(long line, long bytes, ReadOnlySpan<byte> keptPrefix) =>
        Quarantine(line, QuarantineReasons.TooLong(bytes, options.MaxLineBytes), keptPrefix, rawAlreadyCut: true);

    /// <summary>Validates the values in <see cref="Row"/>; a good row whose id was seen before is a duplicate.</summary>
    public ShardItem FromRow(long line, ReadOnlySpan<byte> raw)
    {
        var review = RowValidator.Validate(Row, source, line, out var reason);
        if (review is null)
            return Quarantine(line, reason!, raw, reviewId: Row.ReadableId);
        if (_ids is not null && !_ids.TryAdd(review.ReviewId, line, out var firstLine))
            return Quarantine(line, QuarantineReasons.DuplicateId(firstLine), raw, reviewId: review.ReviewId);
        return new ShardItem(review, null);
    }

    public static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r\f\v"u8) < 0;
}
