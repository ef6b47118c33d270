using FetchRun.Sdk;
using FetchRun.Reviews.Reading;
using FetchRun.Sdk.Storage;

namespace FetchRun.Tests.Reviews.Reading;

public sealed class ShardFormatTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("fetchrun-shards-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private const string Csv = "review_id,product_id,reviewer_id,stars,review_body,review_title,language,product_category\nr1,p1,u1,5,Gut,Top,de,toys\nr2,p2,u2,1,Schlecht,,DE,toys\n";

    private static string JsonLines => ShardText.Json("r1", ("language", "\"de\""), ("review_body", "\"Gut\"")) + "\r\n" +
                                       ShardText.Json("r2", ("language", "\"DE\""), ("review_body", "\"Schlecht\"")) + "\n";

    [TestCase("a.jsonl", false)]
    [TestCase("a.ndjson", false)]
    [TestCase("a.JSON", false)]
    [TestCase("a.jsonl.gz", true)]
    [TestCase("a.csv", false)]
    [TestCase("a.csv.gz", true)]
    [TestCase("a.jsonl", true)]
    public async Task ReadAsync_FromStore_FormatFromNameAndGzipFromMagicBytes(string name, bool gzip)
    {
        var text = name.Contains(".csv", StringComparison.Ordinal) ? Csv : JsonLines;
        var bytes = ShardText.Utf8(text);
        var path = Path.Combine(_dir, name);
        await File.WriteAllBytesAsync(path, gzip ? ShardText.Gzip(bytes) : bytes);
        using var store = new ObjectStore();

        var reviews = new List<FetchRun.Reviews.Review>();
        await foreach (var item in ShardReader.ReadAsync(store, ObjectUri.Parse(path)))
            reviews.Add(item.Review!);

        Assert.That(reviews.Select(r => (r.ReviewId, r.Body, r.Language, r.Line, r.Source)),
            Is.EqualTo(new[] { ("r1", "Gut", (string?)"de", 1L + (text == Csv ? 1 : 0), path), ("r2", "Schlecht", "de", 2L + (text == Csv ? 1 : 0), path) }));
    }

    [TestCase("a.jsonl.gz?X-Amz-Signature=abc", ShardFormat.JsonLines)]
    [TestCase("A.CSV", ShardFormat.Csv)]
    [TestCase("a.ndjson", ShardFormat.JsonLines)]
    public void FromFileName_KnownExtension_GivesTheFormat(string name, ShardFormat expected)
    {
        Assert.That(ShardFormats.FromFileName(name), Is.EqualTo(expected));
    }

    [TestCase("a.txt")]
    [TestCase("a.gz")]
    [TestCase("a.parquet")]
    public void ReadAsync_UnknownExtension_FailsWith65NamingTheFile(string name)
    {
        using var store = new ObjectStore();

        Assert.That(() => ShardReader.ReadAsync(store, ObjectUri.Parse(Path.Combine(_dir, name))),
            Throws.InstanceOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.DataError)
                .And.Message.StartsWith(name + ": cannot tell the shard format"));
    }

    [Test]
    public void ReadAsync_CorruptGzip_FailsWith65()
    {
        var gz = ShardText.Gzip(ShardText.Utf8(string.Concat(Enumerable.Repeat(JsonLines, 50))));
        for (var i = 20; i < gz.Length - 8; i++)
            gz[i] ^= 0x5A;

        Assert.That(async () => await ShardText.ReadAsync(gz, ShardFormat.JsonLines),
            Throws.InstanceOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.DataError)
                .And.Message.StartsWith("test-shard: the gzip data is corrupt after line"));
    }

    [Test]
    public void ReadAsync_StreamBreaksPartWay_FailsWith75NamingTheLine()
    {
        var content = ShardText.Utf8(JsonLines + JsonLines.Replace("r1", "r3", StringComparison.Ordinal));

        Assert.That(async () =>
            {
                await foreach (var _ in ShardReader.ReadAsync(new BreakingStream(content, breakAfter: content.Length - 10), "s3://b/k.jsonl", ShardFormat.JsonLines))
                {
                }
            },
            Throws.InstanceOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Temporary)
                .And.Message.StartsWith("s3://b/k.jsonl: reading failed after line 3"));
    }

    private sealed class BreakingStream(byte[] content, int breakAfter) : MemoryStream(content)
    {
        public override int Read(Span<byte> buffer) =>
            Position >= breakAfter ? throw new IOException("connection reset") : base.Read(buffer[..Math.Min(buffer.Length, breakAfter - (int)Position)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }

    [Test]
    public async Task ReadAsync_ByteOrderMarkAndBlankLines_SkippedButCounted()
    {
        var text = "\uFEFF" + ShardText.Json("r1") + "\n   \n\t\n" + ShardText.Json("r4");

        var reviews = (await ShardText.ReadAsync(text, ShardFormat.JsonLines)).Reviews();

        Assert.That(reviews.Select(r => (r.ReviewId, r.Line)), Is.EqualTo(new[] { ("r1", 1L), ("r4", 4L) }));
    }

    [Test]
    public async Task ReadAsync_StarsAsNumericStringOrWholeDecimal_Accepted()
    {
        var text = ShardText.Json("r1", ("stars", "\"3\"")) + "\n" + ShardText.Json("r2", ("stars", "5.0")) + "\n";

        var reviews = (await ShardText.ReadAsync(text, ShardFormat.JsonLines)).Reviews();

        Assert.That(reviews.Select(r => r.Stars), Is.EqualTo(new[] { 3, 5 }));
    }

    [TestCase("zh_tw", "zh-TW")]
    [TestCase("ZH-hant", "zh-Hant")]
    [TestCase(" ja ", "ja")]
    [TestCase("", null)]
    public async Task ReadAsync_LanguageCode_Normalised(string given, string? expected)
    {
        var review = (await ShardText.ReadAsync(ShardText.Json("r1", ("language", $"\"{given}\"")), ShardFormat.JsonLines)).Reviews().Single();

        Assert.That(review.Language, Is.EqualTo(expected));
    }

    [Test]
    public async Task ReadAsync_DuplicateDetectionOff_KeepsBoth()
    {
        var text = ShardText.Json("r1") + "\n" + ShardText.Json("r1") + "\n";

        var reviews = (await ShardText.ReadAsync(text, ShardFormat.JsonLines, new ShardReaderOptions { RejectDuplicateIds = false })).Reviews();

        Assert.That(reviews, Has.Count.EqualTo(2));
    }

    [Test]
    public void ReadAsync_OptionsOutOfRange_OneMessageNamingEach()
    {
        using var stream = new MemoryStream();

        Assert.That(() => ShardReader.ReadAsync(stream, "x", ShardFormat.Csv, new ShardReaderOptions { MaxLineBytes = 10, MaxRawBytes = 1 }),
            Throws.ArgumentException.With.Message.Contains("MaxLineBytes is 10").And.Message.Contains("MaxRawBytes is 1"));
    }
}
