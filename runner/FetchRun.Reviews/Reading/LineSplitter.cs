namespace FetchRun.Reviews.Reading;

/// <summary>
/// Splits a byte stream into lines without decoding it, holding at most one line (up to the limit) in memory.
/// A line longer than the limit is skipped to its end; only its first bytes are kept, for the quarantine row.
/// Lines end at '\n'; a '\r' before it is dropped; a UTF-8 byte order mark at the start is dropped.
/// </summary>
internal sealed class LineSplitter
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly byte[] _overlongPrefix;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _bomChecked;

    public LineSplitter(Stream stream, int maxLineBytes, int keptPrefixBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _overlongPrefix = new byte[keptPrefixBytes];
        _buffer = new byte[Math.Min(ShardReaderDefaults.InitialBufferBytes, maxLineBytes + 1)];
    }

    /// <summary>The 1-based number of the current line.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The current line; valid until the next call to <see cref="ReadAsync"/>. For an over-long line, its first bytes.</summary>
    public ReadOnlyMemory<byte> Line { get; private set; }

    /// <summary>The full length of the current line when it exceeded the limit; otherwise 0.</summary>
    public long OverlongBytes { get; private set; }

    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        OverlongBytes = 0;
        var scanFrom = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanFrom + newline;
                SetLine(_start, lineEnd);
                _start = lineEnd + 1;
                return true;
            }
            if (_end - _start > _maxLineBytes)
            {
                await SkipOverlongAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            if (_eof)
            {
                if (_start == _end)
                    return false;
                SetLine(_start, _end);
                _start = _end;
                return true;
            }
            scanFrom = _end;
            if (_start > 0)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                scanFrom -= _start;
                _end -= _start;
                _start = 0;
            }
            if (_end == _buffer.Length)
                Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _maxLineBytes + 1L));
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
                _eof = true;
            _end += read;
            CheckBom();
        }
    }

    private void CheckBom()
    {
        if (_bomChecked || (_end < 3 && !_eof))
            return;
        _bomChecked = true;
        if (LineNumber == 0 && _start == 0 && _buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
            _start = 3;
    }

    private void SetLine(int start, int end)
    {
        LineNumber++;
        if (end > start && _buffer[end - 1] == '\r')
            end--;
        if (end - start > _maxLineBytes)
        {
            OverlongBytes = end - start;
            Line = KeepPrefix(_buffer.AsSpan(start, end - start));
            return;
        }
        Line = _buffer.AsMemory(start, end - start);
    }

    private async ValueTask SkipOverlongAsync(CancellationToken cancellationToken)
    {
        Line = KeepPrefix(_buffer.AsSpan(_start, _end - _start));
        long total = _end - _start;
        _start = _end = 0;
        while (!_eof)
        {
            var read = await _stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
                break;
            }
            var newline = _buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                total += newline;
                _start = newline + 1;
                _end = read;
                break;
            }
            total += read;
        }
        OverlongBytes = total;
        // Counted only once the line has ended, so that a failure while skipping it names the last whole line.
        LineNumber++;
    }

    private ReadOnlyMemory<byte> KeepPrefix(ReadOnlySpan<byte> line)
    {
        var kept = Math.Min(line.Length, _overlongPrefix.Length);
        line[..kept].CopyTo(_overlongPrefix);
        return _overlongPrefix.AsMemory(0, kept);
    }
}
