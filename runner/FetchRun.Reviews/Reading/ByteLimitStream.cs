namespace FetchRun.Reviews.Reading;

/// <summary>
/// A read-only stream that counts what it passes on and throws <see cref="ShardTooLargeException"/> once more than
/// the limit has come through: placed after decompression, it stops a gzip bomb after a bounded amount of work.
/// It owns the inner stream.
/// </summary>
internal sealed class ByteLimitStream(Stream inner, long limit) : ReadOnlyStream
{
    private long _total;

    public override int Read(Span<byte> buffer) => Count(inner.Read(Clamp(buffer)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(Clamp(buffer), cancellationToken).ConfigureAwait(false));

    // Never asks for more than one byte past the limit, so the work done on a bomb stays near the limit.
    private Span<byte> Clamp(Span<byte> buffer) => buffer[..(int)Math.Min(buffer.Length, limit - _total + 1)];

    private Memory<byte> Clamp(Memory<byte> buffer) => buffer[..(int)Math.Min(buffer.Length, limit - _total + 1)];

    private int Count(int read)
    {
        _total += read;
        return _total > limit ? throw new ShardTooLargeException(limit) : read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
