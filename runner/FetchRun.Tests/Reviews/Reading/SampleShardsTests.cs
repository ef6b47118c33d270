using FetchRun.Reviews.Reading;
using FetchRun.Sdk.Storage;

namespace FetchRun.Tests.Reviews.Reading;

/// <summary>The shards in jobs/samples parse with the counts documented in jobs/samples.md.</summary>
public sealed class SampleShardsTests
{
    private static string SamplesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FetchRun.sln")))
                return Path.Combine(dir.FullName, "jobs", "samples");
        }
        throw new DirectoryNotFoundException("FetchRun.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task<List<ShardItem>> ReadSampleAsync(string name)
    {
        using var store = new ObjectStore();
        var items = new List<ShardItem>();
        await foreach (var item in ShardReader.ReadAsync(store, ObjectUri.Parse(Path.Combine(SamplesDirectory(), name))))
            items.Add(item);
        return items;
    }

    // file, good rows, bad lines, rows by given language ("-" = not given), distinct bodies
    [TestCase("reviews-de-en.jsonl", 40, 0, "de 23, en 17", 33)]
    [TestCase("reviews-es-fr.jsonl.gz", 40, 0, "- 22, es 10, fr 8", 32)]
    [TestCase("reviews-ja-zh.csv", 40, 0, "- 20, ja 10, zh 10", 28)]
    [TestCase("reviews-mixed.jsonl", 60, 0, "- 32, de 6, en 10, fr 2, ja 5, zh 5", 45)]
    [TestCase("reviews-handwritten.csv", 10, 0, "- 3, de 1, en 3, es 1, fr 1, ja 1", 9)]
    [TestCase("reviews-bad-lines.jsonl", 12, 24, "- 4, de 1, en 2, es 2, fr 1, ja 1, zh 1", 7)]
    public async Task ReadAsync_Sample_HasTheDocumentedCounts(string name, int good, int bad, string byLanguage, int distinctBodies)
    {
        var items = await ReadSampleAsync(name);

        var reviews = items.Reviews();
        var languages = string.Join(", ", reviews.GroupBy(r => r.Language ?? "-").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        Assert.That((reviews.Count, items.Quarantined().Count, languages, reviews.Select(r => r.Body).Distinct().Count()),
            Is.EqualTo((good, bad, byLanguage, distinctBodies)));
    }

    [Test]
    public async Task ReadAsync_AllSamples_AboutTwoHundredGoodRowsWithRepeatedBodies()
    {
        var reviews = new List<FetchRun.Reviews.Review>();
        foreach (var file in Directory.GetFiles(SamplesDirectory(), "reviews-*"))
            reviews.AddRange((await ReadSampleAsync(Path.GetFileName(file))).Reviews());

        Assert.Multiple(() =>
        {
            Assert.That(reviews, Has.Count.EqualTo(202));
            Assert.That(reviews.Select(r => r.ReviewId).Distinct().Count(), Is.EqualTo(202));
            Assert.That(reviews.Select(r => r.Body).Distinct().Count(), Is.LessThan(180));
        });
    }

    [Test]
    public async Task ReadAsync_BadLinesSample_EveryReasonAndLine()
    {
        var items = await ReadSampleAsync("reviews-bad-lines.jsonl");

        Assert.That(items.Quarantined().Select(q => $"{q.Line}: {q.Reason}"), Is.EqualTo(new[]
        {
            "2: malformed JSON at byte 67: Expected end of string, but instead reached end of data",
            "4: malformed JSON: expected an object, got an array",
            "5: stars: 7 is outside 1–5",
            "6: review_body: missing",
            "7: invalid UTF-8 at byte 93",
            "9: review_id: missing",
            "10: review_id: expected a string, got a number",
            "11: stars: \"five\" is not a number",
            "12: stars: 4.5 is not a whole number",
            "15: language: \"english\" is not a language code like \"en\" or \"zh-TW\"",
            "16: review_body: empty",
            "17: review_body: expected a string, got an object",
            "18: review_id: duplicate of line 1",
            "20: product_id: missing",
            "21: stars: expected a number, got a boolean",
            "22: review_title: expected a string, got an array",
            "24: malformed JSON at byte 41: 't' is invalid after a single JSON value. Expected end of data",
            "25: review_body: contains an escaped lone surrogate (\\uD800–\\uDFFF)",
            "26: product_category: empty",
            "27: stars: missing",
            "30: review_id: appears twice in the object",
            "31: reviewer_id: expected a string, got a number",
            "32: language: expected a string, got a number",
            "34: malformed JSON at byte 2: 'this line is not JSON at all' is an invalid JSON literal. Expected the literal 'true'",
        }));
    }
}
