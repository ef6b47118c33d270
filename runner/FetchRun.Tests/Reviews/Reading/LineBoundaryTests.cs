using FetchRun.Reviews.Reading;
using FetchRun.TestSupport.Shards;

namespace FetchRun.Tests.Reviews.Reading;

public sealed class LineBoundaryTests
{
    private static async Task<List<string>> DescribeAsync(Stream stream, ShardFormat format, ShardReaderOptions? options = null)
    {
        var seen = new List<string>();
        await foreach (var item in ShardReader.ReadAsync(stream, "s", format, options))
            seen.Add(item.Review is { } r ? $"{r.Line} {r.ReviewId} {r.Body}" : $"{item.Quarantined!.Line} {item.Quarantined.Reason} {item.Quarantined.Raw}");
        return seen;
    }

    [TestCase(GeneratedShardFormat.JsonLines, false, 1)]
    [TestCase(GeneratedShardFormat.JsonLines, true, 3)]
    [TestCase(GeneratedShardFormat.Csv, false, 7)]
    [TestCase(GeneratedShardFormat.Csv, true, 2)]
    public async Task ReadAsync_StreamGivingAFewBytesPerRead_SameItemsAsWhole(GeneratedShardFormat generated, bool gzip, int bytesPerRead)
    {
        using var whole = new MemoryStream();
        ShardGenerator.Write(whole, new ShardGeneratorOptions { Rows = 300, Seed = 11, BadLineRate = 0.1, Format = generated, Gzip = gzip });
        var format = generated == GeneratedShardFormat.Csv ? ShardFormat.Csv : ShardFormat.JsonLines;
        var options = new ShardReaderOptions { MaxLineBytes = 256 };

        var expected = await DescribeAsync(new MemoryStream(whole.ToArray()), format, options);
        var trickled = await DescribeAsync(new TrickleStream(whole.ToArray(), bytesPerRead), format, options);

        Assert.Multiple(() =>
        {
            Assert.That(trickled, Is.EqualTo(expected));
            Assert.That(expected.Count(e => e.Contains("exceeds the 256-byte limit", StringComparison.Ordinal)), Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task ReadAsync_LineLongerThanTheFirstBuffer_KeptWithDefaultLimit()
    {
        var body = new string('a', 200_000);
        var text = ShardText.Json("r1", ("review_body", $"\"{body}\"")) + "\n" + ShardText.Json("r2") + "\n";

        var reviews = (await ShardText.ReadAsync(text, ShardFormat.JsonLines)).Reviews();

        Assert.That(reviews.Select(r => (r.ReviewId, r.Body.Length)), Is.EqualTo(new[] { ("r1", 200_000), ("r2", 19) }));
    }

    [Test]
    public async Task ReadAsync_LineOverTheDefaultLimit_QuarantinedAndNextLineRead()
    {
        var body = new string('a', 1_500_000);
        var text = ShardText.Json("r1", ("review_body", $"\"{body}\"")) + "\n" + ShardText.Json("r2") + "\n";

        var items = await ShardText.ReadAsync(text, ShardFormat.JsonLines);

        Assert.Multiple(() =>
        {
            Assert.That(items.Quarantined().Select(q => (q.Line, q.Reason, q.Raw.Length)),
                Is.EqualTo(new[] { (1L, "line: 1,500,164 bytes exceeds the 1,048,576-byte limit", 2049) }));
            Assert.That(items.Reviews().Select(r => (r.ReviewId, r.Line)), Is.EqualTo(new[] { ("r2", 2L) }));
        });
    }
}
