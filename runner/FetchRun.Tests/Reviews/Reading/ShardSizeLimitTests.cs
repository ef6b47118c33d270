using System.IO.Compression;
using FetchRun.Sdk;
using FetchRun.Reviews;
using FetchRun.Reviews.Reading;

namespace FetchRun.Tests.Reviews.Reading;

/// <summary>
/// <see cref="ShardReaderOptions.MaxShardBytes"/>: a gzip bomb (a small object that expands enormously) ends as exit
/// code 65 naming the shard and the last line read, after a bounded amount of decompression, with the rows before it
/// handed out as usual.
/// </summary>
public sealed class ShardSizeLimitTests
{
    private const long Limit = 1024 * 1024;
    private const int BombBytes = 50 * 1024 * 1024;

    private static readonly string GoodLines = ShardText.Json("r1") + "\n" + ShardText.Json("r2") + "\n" + ShardText.Json("r3") + "\n";

    [Test]
    public async Task ReadAsync_GzipBombPastTheLimit_FailsWith65NamingShardAndLineAfterTheGoodRows()
    {
        var bomb = GzipBomb(ShardText.Utf8(GoodLines), (byte)0);
        using var compressed = new MemoryStream(bomb);
        var reviews = new List<Review>();

        var failure = await ReadUntilFailureAsync(compressed, reviews);

        Assert.Multiple(() =>
        {
            Assert.That(bomb, Has.Length.LessThan(100 * 1024), "the bomb is small on the wire");
            Assert.That(reviews.Select(r => r.ReviewId), Is.EqualTo(new[] { "r1", "r2", "r3" }));
            Assert.That(failure.ExitCode, Is.EqualTo(ExitCodes.DataError));
            Assert.That(failure.Message, Is.EqualTo(
                "s3://bucket/bomb.jsonl.gz: more than 1,048,576 bytes after decompression, after line 3: a gzip bomb, " +
                "or a shard to split or to read with a higher max-shard-bytes"));
            Assert.That(compressed.Position, Is.LessThan(bomb.Length / 4), "decompression stopped near the limit, not at the end");
        });
    }

    [Test]
    public async Task ReadAsync_LimitPassedWhileSkippingAnOverlongLine_NamesTheLastWholeLine()
    {
        using var compressed = new MemoryStream(GzipBomb(ShardText.Utf8(GoodLines), (byte)'x'));
        var reviews = new List<Review>();

        var failure = await ReadUntilFailureAsync(compressed, reviews, new ShardReaderOptions { MaxShardBytes = Limit, MaxLineBytes = 1024 });

        Assert.That((reviews.Count, failure.ExitCode), Is.EqualTo((3, ExitCodes.DataError)));
        Assert.That(failure.Message, Does.StartWith("s3://bucket/bomb.jsonl.gz: more than 1,048,576 bytes after decompression, after line 3:"));
    }

    [Test]
    public async Task ReadAsync_GzipBombOfBlankLines_FailsWith65NamingALineBeforeTheLimit()
    {
        var bomb = GzipBomb(ShardText.Utf8(GoodLines), (byte)'\n');
        using var compressed = new MemoryStream(bomb);
        var reviews = new List<Review>();

        var failure = await ReadUntilFailureAsync(compressed, reviews);

        Assert.That(reviews, Has.Count.EqualTo(3));
        Assert.That(failure.ExitCode, Is.EqualTo(ExitCodes.DataError));
        // Every byte after the good lines is a line of its own, so the line reached is below the limit in bytes.
        var line = long.Parse(failure.Message.Split("after line ")[1].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(line, Is.InRange(3L, Limit));
    }

    [Test]
    public void ReadAsync_PlainShardPastTheLimit_FailsWith65()
    {
        var text = string.Concat(Enumerable.Range(1, 20_000).Select(i => ShardText.Json($"r{i}") + "\n"));

        Assert.That(async () => await ShardText.ReadAsync(text, ShardFormat.JsonLines, new ShardReaderOptions { MaxShardBytes = Limit }),
            Throws.InstanceOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.DataError)
                .And.Message.StartsWith("test-shard: more than 1,048,576 bytes after decompression, after line "));
    }

    [Test]
    public async Task ReadAsync_ShardOfExactlyTheLimit_IsReadWhole()
    {
        var ids = Enumerable.Range(1, 8).Select(i => $"r{i}").ToList();
        var content = ShardText.Utf8(string.Concat(ids.Select(id => ShardText.Json(id) + "\n")));
        var options = new ShardReaderOptions { MaxShardBytes = content.Length };

        var reviews = (await ShardText.ReadAsync(ShardText.Gzip(content), ShardFormat.JsonLines, options)).Reviews();

        Assert.That(reviews.Select(r => r.ReviewId), Is.EqualTo(ids));
    }

    [Test]
    public void Defaults_MaxShardBytes_IsFourGibibytes()
    {
        Assert.That(ShardReaderOptions.Default.MaxShardBytes, Is.EqualTo(4L * 1024 * 1024 * 1024));
    }

    [Test]
    public void FromParams_MaxShardBytesGiven_SetsTheLimit()
    {
        var options = ShardReaderOptions.FromParams(new JobParams([new("max-shard-bytes", "1048576")]));

        Assert.That(options, Is.EqualTo(ShardReaderOptions.Default with { MaxShardBytes = Limit }));
    }

    [Test]
    public void FromParams_NotGiven_IsTheDefault()
    {
        Assert.That(ShardReaderOptions.FromParams(new JobParams([])), Is.EqualTo(ShardReaderOptions.Default));
    }

    [TestCase("4GiB")]
    [TestCase("-1")]
    [TestCase("1023")]
    public void FromParams_NotAWholeNumberOfAtLeast1024_FailsWith64NamingTheParameter(string value)
    {
        Assert.That(() => ShardReaderOptions.FromParams(new JobParams([new("max-shard-bytes", value)])),
            Throws.InstanceOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage)
                .And.Message.EqualTo($"parameter 'max-shard-bytes' must be a whole number of bytes, at least 1024, not '{value}'."));
    }

    [Test]
    public void ReadAsync_MaxShardBytesBelowTheMinimum_IsRejected()
    {
        using var stream = new MemoryStream();

        Assert.That(() => ShardReader.ReadAsync(stream, "x", ShardFormat.JsonLines, new ShardReaderOptions { MaxShardBytes = 10 }),
            Throws.ArgumentException.With.Message.Contains("MaxShardBytes is 10; it must be at least 1024"));
    }

    private static async Task<JobFailedException> ReadUntilFailureAsync(Stream shard, List<Review> reviews, ShardReaderOptions? options = null)
    {
        try
        {
            await foreach (var item in ShardReader.ReadAsync(shard, "s3://bucket/bomb.jsonl.gz", ShardFormat.JsonLines,
                               options ?? new ShardReaderOptions { MaxShardBytes = Limit }))
                reviews.Add(item.Review ?? throw new AssertionException($"unexpected quarantine: {item.Quarantined}"));
        }
        catch (JobFailedException ex)
        {
            return ex;
        }
        throw new AssertionException("the bomb was read to its end");
    }

    // Good lines, then 50 MB of one byte: about 50 KB once compressed (deflate's best ratio is about 1,000 to 1).
    private static byte[] GzipBomb(byte[] head, byte filler)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(head);
            var block = new byte[1024 * 1024];
            Array.Fill(block, filler);
            for (var written = 0; written < BombBytes; written += block.Length)
                gzip.Write(block);
        }
        return output.ToArray();
    }
}
