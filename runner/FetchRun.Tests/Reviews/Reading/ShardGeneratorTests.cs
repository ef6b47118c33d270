using FetchRun.Reviews.Reading;
using FetchRun.TestSupport.Shards;

namespace FetchRun.Tests.Reviews.Reading;

public sealed class ShardGeneratorTests
{
    private static byte[] Generate(ShardGeneratorOptions options)
    {
        using var stream = new MemoryStream();
        ShardGenerator.Write(stream, options);
        return stream.ToArray();
    }

    [Test]
    public void Write_SameSeed_SameBytes_OtherSeed_OtherBytes()
    {
        var options = new ShardGeneratorOptions { Rows = 500, Seed = 7, BadLineRate = 0.05, Gzip = true };

        var first = Generate(options);
        var second = Generate(options);
        var otherSeed = Generate(options with { Seed = 8 });

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(otherSeed, Is.Not.EqualTo(first));
        });
    }

    [TestCase(GeneratedShardFormat.JsonLines, false)]
    [TestCase(GeneratedShardFormat.JsonLines, true)]
    [TestCase(GeneratedShardFormat.Csv, false)]
    [TestCase(GeneratedShardFormat.Csv, true)]
    public async Task Write_ReadBack_ReaderAgreesWithTheSummary(GeneratedShardFormat format, bool gzip)
    {
        using var stream = new MemoryStream();
        var summary = ShardGenerator.Write(stream, new ShardGeneratorOptions { Rows = 2000, Seed = 3, BadLineRate = 0.04, Format = format, Gzip = gzip });

        var items = await ShardText.ReadAsync(stream.ToArray(), format == GeneratedShardFormat.Csv ? ShardFormat.Csv : ShardFormat.JsonLines);

        var reviews = items.Reviews();
        Assert.Multiple(() =>
        {
            Assert.That(reviews, Has.Count.EqualTo(summary.GoodRows));
            Assert.That(items.Quarantined().Select(q => q.Line), Is.EqualTo(summary.BadLineNumbers));
            Assert.That(summary.BadLines, Is.GreaterThan(40));
            Assert.That(reviews.Select(r => r.Body).Distinct().Count(), Is.EqualTo(summary.DistinctBodies).And.LessThan(summary.GoodRows));
            Assert.That(reviews.Select(r => r.Language).Distinct(), Is.SupersetOf(new[] { "de", "en", "es", "fr", "ja", "zh", null }));
        });
    }
}
