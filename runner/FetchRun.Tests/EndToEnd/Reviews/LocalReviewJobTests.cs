using FetchRun.Sdk;
using FetchRun.Reviews.Reading;
using FetchRun.Sdk.Storage;
using FetchRun.TestSupport.Runner;
using Microsoft.Data.Sqlite;

namespace FetchRun.Tests.EndToEnd.Reviews;

/// <summary>The README's main command: the sample shards, offline providers, SQLite in the current directory.</summary>
[Category("EndToEnd")]
public sealed class LocalReviewJobTests : RunnerFixture
{
    private static readonly string Samples = Path.Combine(RunnerPaths.RepositoryRoot, "jobs", "samples") + "/";
    private static readonly string Script = Path.Combine(RunnerPaths.RepositoryRoot, "jobs", "review-sentiment.csx");

    private string Database => Path.Combine(WorkDir, "fetchrun-results.db");

    protected override Dictionary<string, string?> Environment() => WithoutReviewJobSettings(base.Environment());

    [Test]
    public async Task The_main_command_stores_every_good_sample_row_and_prints_the_summary()
    {
        var (code, job) = await RunAsync(["run", Script, "--input", Samples, "--param", "max-bad-rate=0.2"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, job.Stderr);
            Assert.That(job.Stdout, Does.Contain("rows written   202 (read 202, already stored 0)"));
            Assert.That(job.Stdout, Does.Contain("quarantined    24 (10.6% of lines)"));
            Assert.That(job.Stdout, Does.Contain($"output         sqlite:{Database}"));
            Assert.That(Count("SELECT count(*) FROM results"), Is.EqualTo(202));
            Assert.That(Count("SELECT count(*) FROM quarantine"), Is.EqualTo(24));
            Assert.That(Count("SELECT count(*) FROM results WHERE language = 'en' AND sentiment IS NULL"), Is.Zero, "English is scored offline");
            Assert.That(Count("SELECT count(*) FROM results WHERE language <> 'en' AND translation_status <> 'not_available'"), Is.Zero,
                "nothing pretends to be translated");
            Assert.That(Count("SELECT count(*) FROM results WHERE provider <> 'local'"), Is.Zero);
        });
    }

    [Test]
    public async Task Above_the_default_bad_line_limit_the_job_exits_65_after_storing_the_good_rows()
    {
        var (code, job) = await RunAsync(["run", Script, "--input", Samples]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.DataError), job.Stderr);
            Assert.That(job.Stderr, Does.Contain("24 of 226 lines are bad (10.6%), above max-bad-rate 5.0%"));
            Assert.That(Count("SELECT count(*) FROM results"), Is.EqualTo(202));
        });
    }

    [Test]
    public async Task Every_broken_line_is_quarantined_with_its_reason_and_line_and_the_good_rows_are_stored()
    {
        var shard = Path.Combine(Samples, "reviews-bad-lines.jsonl");
        var expected = new List<string>();
        var good = new List<string>();
        await using (var file = File.OpenRead(shard))
            await foreach (var item in ShardReader.ReadAsync(file, shard, ShardFormat.JsonLines))
            {
                if (item.Quarantined is { } bad)
                    expected.Add($"{bad.Line}: {bad.Reason}");
                else
                    good.Add(item.Review!.ReviewId);
            }

        var (code, job) = await RunAsync(["run", Script, "--input", shard, "--param", "max-bad-rate=1"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, job.Stderr);
            Assert.That(expected, Has.Count.GreaterThanOrEqualTo(20), "the corpus has at least 20 kinds of broken line");
            Assert.That(Strings("SELECT line || ': ' || reason FROM quarantine ORDER BY line"), Is.EqualTo(expected));
            Assert.That(Strings("SELECT DISTINCT source FROM quarantine"), Is.EqualTo(new[] { ObjectUri.Parse(shard).ToString() }));
            Assert.That(Strings("SELECT review_id FROM results ORDER BY review_id"), Is.EqualTo(good.Order(StringComparer.Ordinal)));
        });
    }

    private long Count(string sql) => (long)Query(sql).Single()!;

    private List<string> Strings(string sql) => Query(sql).Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!).ToList();

    private List<object?> Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var values = new List<object?>();
        while (reader.Read())
            values.Add(reader.GetValue(0));
        return values;
    }
}
