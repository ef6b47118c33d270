using System.IO.Compression;
using System.Runtime.CompilerServices;
using FetchRun.Sdk.Storage;

namespace FetchRun.Reviews.Reading;

/// <summary>
/// Streams the reviews of a shard (JSON Lines or CSV with a header row, either optionally gzip-compressed) in the
/// Multilingual Amazon Reviews Corpus schema. Every non-blank line comes out as a <see cref="ShardItem"/>: a
/// <see cref="Review"/>, or a <see cref="QuarantinedLine"/> naming the field and the problem. Memory stays flat
/// in the shard size: one line is held at a time (see <see cref="ShardReaderOptions.RejectDuplicateIds"/> for
/// the one exception). The schema and every reason are listed in docs/input-format.md.
/// </summary>
public static class ShardReader
{
    /// <summary>
    /// Streams a shard from S3, a local file or HTTPS. The format comes from the file name: <c>.jsonl</c>,
    /// <c>.ndjson</c> or <c>.json</c> for JSON Lines, <c>.csv</c> for CSV, each optionally followed by <c>.gz</c>;
    /// gzip is recognised by its magic bytes, so a compressed object without <c>.gz</c> is read too.
    /// <see cref="QuarantinedLine.Source"/> and <see cref="Review.Source"/> are the URI as given.
    /// </summary>
    /// <param name="store">Where the shard is read from.</param>
    /// <param name="shard">The shard's URI.</param>
    /// <param name="options">Limits; <see cref="ShardReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The items in line order.</returns>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    /// <exception cref="JobFailedException">
    /// Exit code 65 when the file name has no known extension, a CSV header lacks a required column (the message
    /// names the file and the columns), repeats one or is missing, the gzip data is corrupt, or the shard passes
    /// <see cref="ShardReaderOptions.MaxShardBytes"/> after decompression; 75 when reading
    /// fails part-way (an <see cref="IOException"/>); 66, 75 or 77 from the store when the shard cannot be opened.
    /// </exception>
    public static IAsyncEnumerable<ShardItem> ReadAsync(IObjectStore store, ObjectUri shard, ShardReaderOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(shard);
        options ??= ShardReaderOptions.Default;
        options.Validate();
        var format = ShardFormats.FromFileName(shard.FileName);
        return ReadFromStoreAsync(store, shard, format, options, cancellationToken);
    }

    /// <summary>
    /// Streams a shard from an open stream, in the given format; gzip is recognised by its magic bytes. The stream
    /// is not disposed. Used by tests and benchmarks, and by scripts that produce their shards themselves.
    /// </summary>
    /// <param name="content">The shard's bytes.</param>
    /// <param name="sourceName">The name put in <see cref="Review.Source"/>, <see cref="QuarantinedLine.Source"/> and error messages.</param>
    /// <param name="format">JSON Lines or CSV.</param>
    /// <param name="options">Limits; <see cref="ShardReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The items in line order.</returns>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    /// <exception cref="JobFailedException">Exit code 65 when a CSV header is missing, malformed, repeats a column or lacks a required one, the gzip data is corrupt, or the shard passes <see cref="ShardReaderOptions.MaxShardBytes"/>; 75 when the stream throws an <see cref="IOException"/>.</exception>
    public static IAsyncEnumerable<ShardItem> ReadAsync(Stream content, string sourceName, ShardFormat format,
        ShardReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (!Enum.IsDefined(format))
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown shard format.");
        options ??= ShardReaderOptions.Default;
        options.Validate();
        return ReadStreamAsync(content, sourceName, format, options, cancellationToken);
    }

    private static async IAsyncEnumerable<ShardItem> ReadFromStoreAsync(IObjectStore store, ObjectUri shard, ShardFormat format,
        ShardReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = await store.OpenReadAsync(shard, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var item in ReadStreamAsync(stream, shard.ToString(), format, options, cancellationToken).ConfigureAwait(false))
                yield return item;
        }
    }

    private static async IAsyncEnumerable<ShardItem> ReadStreamAsync(Stream content, string source, ShardFormat format,
        ShardReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var head = new byte[2];
        var got = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        Stream input = new PrefixedStream(head.AsMemory(0, got), content);
        var gzip = got == 2 && head[0] == 0x1f && head[1] == 0x8b;
        if (gzip)
            input = new GZipStream(input, CompressionMode.Decompress, leaveOpen: false);
        input = new ByteLimitStream(input, options.MaxShardBytes);
        await using (input.ConfigureAwait(false))
        {
            var lines = new LineSplitter(input, options.MaxLineBytes, options.MaxRawBytes);
            var items = new ItemFactory(source, options);
            var rows = format == ShardFormat.Csv
                ? new CsvShard(lines, items, source, options.MaxLineBytes).ReadAsync(cancellationToken)
                : new JsonLinesShard(lines, items).ReadAsync(cancellationToken);
            var enumerator = rows.GetAsyncEnumerator(cancellationToken);
            await using (enumerator.ConfigureAwait(false))
            {
                while (true)
                {
                    try
                    {
                        if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                            break;
                    }
                    catch (InvalidDataException ex) when (gzip)
                    {
                        throw new JobFailedException(ExitCodes.DataError, QuarantineReasons.CorruptGzip(source, lines.LineNumber, ex.Message), ex);
                    }
                    catch (ShardTooLargeException ex)
                    {
                        throw new JobFailedException(ExitCodes.DataError, QuarantineReasons.TooLarge(source, lines.LineNumber, options.MaxShardBytes), ex);
                    }
                    catch (IOException ex)
                    {
                        // The connection broke mid-shard: a later attempt can read it whole.
                        throw new JobFailedException(ExitCodes.Temporary, QuarantineReasons.ReadFailed(source, lines.LineNumber, ex.Message), ex);
                    }
                    yield return enumerator.Current;
                }
            }
        }
    }
}
