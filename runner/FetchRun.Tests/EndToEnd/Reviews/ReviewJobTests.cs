using FetchRun.Reviews.Reading;
using FetchRun.TestSupport.NlpEmulator;

namespace FetchRun.Tests.EndToEnd.Reviews;

[Category("EndToEnd")]
public sealed class ReviewJobTests : ReviewJobFixture
{
    [Test]
    public async Task A_2000_row_shard_is_stored_whole_with_one_translate_call_per_distinct_text()
    {
        var (shard, expected) = GenerateShard(2_000);
        var database = await Postgres.CreateDatabaseAsync();

        var job = await RunJobAsync(shard, database, expectedExitCode: 0);

        var givenLanguages = await GivenLanguagesAsync(shard);
        var given = string.Join(',', givenLanguages.Select(g => $"('{g.Key}','{g.Value}')"));

        var byLanguage = new Dictionary<string, int>();
        foreach (var (language, count) in await GroupAsync(database, "SELECT language, count(*)::int FROM results GROUP BY language"))
            byLanguage[language] = count;
        var distinctForeignTexts = await ScalarAsync<long>(database,
            "SELECT count(*) FROM (SELECT DISTINCT review_body, language FROM results WHERE language <> 'en') t");
        Assert.Multiple(async () =>
        {
            Assert.That(expected.GoodRows + expected.BadLines, Is.EqualTo(2_000));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results"), Is.EqualTo(expected.GoodRows));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM quarantine"), Is.EqualTo(expected.BadLines));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM quarantine WHERE line = ANY(@lines)".Replace("@lines",
                $"ARRAY[{string.Join(',', expected.BadLineNumbers)}]::bigint[]")), Is.EqualTo(expected.BadLines), "quarantined at their lines");
            Assert.That(await ScalarAsync<long>(database, $"SELECT count(*) FROM results WHERE NOT language_detected AND (review_id, language) IN ({given})"),
                Is.EqualTo(givenLanguages.Count), "a language the shard gives is kept, never detected again");
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results WHERE language_detected"),
                Is.EqualTo(expected.GoodRows - givenLanguages.Count), "the others are detected");
            // The emulator's detector is a heuristic, so detected languages are checked as a distribution.
            Assert.That(expected.GoodRowsByLanguage.Sum(e => Math.Min(e.Value, byLanguage.GetValueOrDefault(e.Key))),
                Is.GreaterThanOrEqualTo(expected.GoodRows * 0.98), $"languages: {string.Join(", ", byLanguage)}");
            Assert.That(await ScalarAsync<long>(database,
                "SELECT count(*) FROM results WHERE (language = 'en') <> (translated_text IS NULL)"), Is.Zero,
                "translations exactly for the rows not in the target language");
            Assert.That(Emulator.Counters.Calls(NlpOperation.TranslateText), Is.EqualTo(distinctForeignTexts), "one call per distinct (text, source language)");
            Assert.That(Emulator.Counters.DistinctTextsTranslated, Is.EqualTo(await ScalarAsync<long>(database,
                "SELECT count(DISTINCT review_body) FROM results WHERE language <> 'en'")), "every foreign text was sent, none twice from one language");
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results WHERE sentiment IS NULL"), Is.Zero);
            Assert.That(await ScalarAsync<string>(database, "SELECT status FROM runs"), Is.EqualTo("succeeded"));
            Assert.That(job.Stdout, Does.Contain($"rows written   {expected.GoodRows} (read {expected.GoodRows}, already stored 0)"));
        });
    }

    [Test]
    public async Task A_second_run_pays_for_nothing_and_writes_nothing_new()
    {
        var (shard, expected) = GenerateShard(300, seed: 11);
        var database = await Postgres.CreateDatabaseAsync();
        await RunJobAsync(shard, database, expectedExitCode: 0);
        var first = await ResultsAsync(database);
        Emulator.Counters.Reset();

        var again = await RunJobAsync(shard, database, expectedExitCode: 0);

        Assert.Multiple(async () =>
        {
            Assert.That(Emulator.Counters.TotalCalls, Is.Zero);
            Assert.That(await ResultsAsync(database), Is.EqualTo(first));
            Assert.That(again.Stdout, Does.Contain($"already stored {expected.GoodRows}"));
        });
    }

    private static async Task<Dictionary<string, string>> GivenLanguagesAsync(string shard)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var file = File.OpenRead(shard);
        await foreach (var item in ShardReader.ReadAsync(file, shard, ShardFormat.JsonLines))
            if (item.Review is { Language: { } language } review)
                given[review.ReviewId] = language;
        return given;
    }

    private static async Task<List<(string, int)>> GroupAsync(string database, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, int)>();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.GetInt32(1)));
        return rows;
    }
}
