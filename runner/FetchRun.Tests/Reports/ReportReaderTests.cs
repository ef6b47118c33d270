using FetchRun.Reviews.Sinks.Reporting;
using FetchRun.Tests.Sinks;

namespace FetchRun.Tests.Reports;

/// <summary>The report's aggregates read back from a real PostgreSQL and a SQLite file, scoped to one job.</summary>
[TestFixture(SinkKind.Sqlite)]
[TestFixture(SinkKind.Postgres)]
public sealed class ReportReaderTests(SinkKind kind)
{
    private static async Task<ReportData> ReadAsync(SinkKind kind, string jobId)
    {
        await using var database = await SinkDatabase.CreateAsync(kind);
        await using var sink = await database.OpenAsync();
        await ReportFixtureData.WriteAsync(sink);
        return await ((IReportReader)sink).ReadReportAsync(new ReportScope(jobId), default);
    }

    [Test]
    public async Task ReadReport_ArrayJob_CoversEveryChildAndAttemptAndNothingElse()
    {
        var data = await ReadAsync(kind, "job-a");

        Assert.Multiple(() =>
        {
            Assert.That(data.Runs.Select(r => r.RunId), Is.EqualTo(new[] { "job-a:0#1", "job-a:1#1", "job-a:1#2" }));
            Assert.That((data.Totals.Runs, data.Totals.MaxAttempt, data.Totals.ArrayChildren), Is.EqualTo((3L, 2, 2L)));
            Assert.That(data.Totals.Statuses, Is.EquivalentTo(new Dictionary<string, long> { ["succeeded"] = 2, ["stopped"] = 1 }));
            Assert.That((data.Totals.Written, data.Totals.TranslateCharacters, data.Totals.ComprehendUnits), Is.EqualTo((10L, 10_000L, 60L)));
            Assert.That(data.Totals.EstimatedCostUsd, Is.EqualTo(0.015m));
            Assert.That(data.Totals.FirstStarted, Is.EqualTo(ReportFixtureData.Start.AddMinutes(1)));
            Assert.That(data.Totals.LastFinished, Is.EqualTo(ReportFixtureData.Start.AddMinutes(3)));
            Assert.That(data.Rows, Is.EqualTo(10));
            Assert.That(data.Throughput.Sum(p => p.Rows), Is.EqualTo(10));
        });
    }

    [Test]
    public async Task ReadReport_Groups_CountRowsPerGroupAndSentimentInTheDatabase()
    {
        var data = await ReadAsync(kind, "job-a");

        Assert.Multiple(() =>
        {
            Assert.That(data.ByLanguage.Where(g => g.Group == "en").Select(g => (g.Sentiment, g.Count)),
                Is.EquivalentTo(new (string?, long)[] { ("NEGATIVE", 1), ("POSITIVE", 3) }));
            Assert.That(data.ByLanguage.Where(g => g.Group == "ja").Select(g => (g.Sentiment, g.Count)),
                Is.EquivalentTo(new (string?, long)[] { ("NEUTRAL", 1), (null, 1) }));
            Assert.That(data.ByLanguage.Any(g => g.Group == "es"), Is.False, "job-b's rows stay out");
            Assert.That(data.ByCategory.Single(g => g.Group == ReportFixtureData.HostileCategory).Count, Is.EqualTo(1));
            Assert.That(data.Categories, Is.EqualTo(4));
            Assert.That(data.ByStars.Where(g => g.Group == "4").Sum(g => g.Count), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task ReadReport_Quarantine_CountsTheJobsShardsByReasonWithTheFirstLines()
    {
        var data = await ReadAsync(kind, "job-a");

        Assert.Multiple(() =>
        {
            Assert.That(data.Quarantined, Is.EqualTo(5), "other.jsonl belongs to job-b");
            Assert.That(data.Reasons, Is.EqualTo(new[] { new ReasonCount("stars: 9 is outside 1–5", 4), new ReasonCount(ReportFixtureData.HostileReason, 1) }));
            Assert.That(data.Examples.Where(e => e.Reason.StartsWith("stars: 9", StringComparison.Ordinal)).Select(e => (e.Source, e.Line)),
                Is.EqualTo(new[] { (ReportFixtureData.Shard0, 7L), (ReportFixtureData.Shard0, 8L), (ReportFixtureData.Shard1, 9L) }),
                "the first three by source and line");
            Assert.That(data.Examples.Single(e => e.Reason == ReportFixtureData.HostileReason).Raw, Does.Contain(ReportFixtureData.Hostile));
        });
    }

    [Test]
    public async Task ReadReport_OneChild_CoversOnlyThatChildsAttempts()
    {
        var data = await ReadAsync(kind, "job-a:1");

        Assert.That((data.Totals.Runs, data.Rows, data.Quarantined), Is.EqualTo((2L, 4L, 3L)));
    }

    [Test]
    public async Task ReadReport_UnknownJob_IsEmptyNotAnError()
    {
        var data = await ReadAsync(kind, "nobody");

        Assert.That((data.Totals.Runs, data.Rows, data.Quarantined, data.Throughput.Count), Is.EqualTo((0L, 0L, 0L, 0)));
    }
}
