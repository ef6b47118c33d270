using FetchRun.Reviews;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Tests.Sinks;

/// <summary>
/// What every sink promises (idempotent writes, one transaction per batch), checked against the real database:
/// a fresh database (or file) per test, and the tables read back afterwards.
/// </summary>
[TestFixture(SinkKind.Postgres)]
[TestFixture(SinkKind.PostgresCopy)]
[TestFixture(SinkKind.Sqlite)]
public sealed class SinkContractTests(SinkKind kind)
{
    private SinkDatabase _database = null!;
    private IReviewSink _sink = null!;

    [SetUp]
    public async Task SetUp()
    {
        _database = await SinkDatabase.CreateAsync(kind);
        _sink = await _database.OpenAsync();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _sink.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task OpenAsync_SecondTime_KeepsSchemaAndRows()
    {
        await _sink.WriteBatchAsync([SinkRows.Result("r1")], [], [], default);

        await using var again = await _database.OpenAsync();

        Assert.That(await again.FindExistingAsync(["r1"], default), Is.EquivalentTo(new[] { "r1" }));
    }

    [Test]
    public async Task WriteBatchAsync_SameReviewTwice_ReplacesTheRow()
    {
        await _sink.WriteBatchAsync([SinkRows.Result("r1", "POSITIVE")], [], [], default);
        await _sink.WriteBatchAsync([SinkRows.Result("r1", "NEGATIVE")], [], [], default);

        Assert.That(await _database.ScalarAsync("SELECT count(*) FROM results"), Is.EqualTo(1));
        Assert.That(await _database.ScalarAsync("SELECT sentiment FROM results WHERE review_id = 'r1'"), Is.EqualTo("NEGATIVE"));
    }

    [Test]
    public async Task WriteBatchAsync_SameReviewTwiceInOneBatch_LastOneWins()
    {
        await _sink.WriteBatchAsync([SinkRows.Result("r1", "POSITIVE"), SinkRows.Result("r2"), SinkRows.Result("r1", "MIXED")], [], [], default);

        Assert.That(await _database.ScalarAsync("SELECT count(*) FROM results"), Is.EqualTo(2));
        Assert.That(await _database.ScalarAsync("SELECT sentiment FROM results WHERE review_id = 'r1'"), Is.EqualTo("MIXED"));
    }

    [Test]
    public async Task WriteBatchAsync_NullableColumns_RoundTripAsNull()
    {
        var row = SinkRows.Result("r1", translation: null) with { Title = null, Sentiment = null, Positive = null, Error = "sentiment: unsupported" };

        await _sink.WriteBatchAsync([row], [], [], default);

        Assert.That(await _database.ScalarAsync("SELECT count(*) FROM results WHERE translated_text IS NULL AND review_title IS NULL AND score_positive IS NULL AND sentiment IS NULL"),
            Is.EqualTo(1));
        Assert.That(await _database.ScalarAsync("SELECT error FROM results"), Is.EqualTo("sentiment: unsupported"));
    }

    [Test]
    public async Task FindExistingAsync_MixedIds_ReturnsOnlyStoredOnes()
    {
        await _sink.WriteBatchAsync([SinkRows.Result("r1"), SinkRows.Result("r3")], [], [], default);

        var found = await _sink.FindExistingAsync(["r1", "r2", "r3", "r4"], default);

        Assert.That(found, Is.EquivalentTo(new[] { "r1", "r3" }));
    }

    [Test]
    public async Task FindExistingAsync_NoIds_ReturnsEmpty()
    {
        Assert.That(await _sink.FindExistingAsync([], default), Is.Empty);
    }

    [Test]
    public async Task FindTranslationsAsync_AfterWrite_ReturnsWhatWasCached()
    {
        var cached = SinkRows.Translation("Hallo Welt") with { Truncated = true };
        await _sink.WriteBatchAsync([], [], [cached, SinkRows.Translation("Gut")], default);

        var found = await _sink.FindTranslationsAsync([cached.Key, TranslationCacheKey.For("nie gesehen", "de", "en")], default);

        Assert.That(found.Values, Is.EqualTo(new[] { cached }));
    }

    [Test]
    public async Task FindAnswersAsync_AfterKeep_ReturnsTheLatestAnswerPerKey()
    {
        var language = new PaidAnswer(AnswerKey.For("language", "aws", "", "Hallo Welt"), "de 0.99");
        var score = new PaidAnswer(AnswerKey.For("sentiment", "aws", "de", "Hallo Welt"), "Neutral 0.1 0.1 0.8 0");
        await _sink.KeepAnswersAsync([language, score with { Answer = "Positive 1 0 0 0" }], default);
        await _sink.KeepAnswersAsync([score], default);

        var found = await _sink.FindAnswersAsync([language.Key, score.Key, AnswerKey.For("language", "aws", "", "nie gesehen")], default);

        Assert.That(found, Is.EquivalentTo(new Dictionary<AnswerKey, string> { [language.Key] = "de 0.99", [score.Key] = "Neutral 0.1 0.1 0.8 0" }));
        Assert.That(await _database.ScalarAsync("SELECT count(*) FROM answers"), Is.EqualTo(2));
    }

    [Test]
    public async Task WriteBatchAsync_SameQuarantinedLineTwice_KeepsOneRowWithTheLatestReason()
    {
        await _sink.WriteBatchAsync([], [SinkRows.Quarantined(3, "first")], [], default);
        await _sink.WriteBatchAsync([], [SinkRows.Quarantined(3, "second"), SinkRows.Quarantined(4)], [], default);

        Assert.That(await _database.ScalarAsync("SELECT count(*) FROM quarantine"), Is.EqualTo(2));
        Assert.That(await _database.ScalarAsync("SELECT reason FROM quarantine WHERE line = 3"), Is.EqualTo("second"));
    }

    [Test]
    public async Task WriteBatchAsync_RawLineWithNul_IsStored()
    {
        await _sink.WriteBatchAsync([], [SinkRows.Quarantined(5) with { Raw = "bad\0line" }], [], default);

        Assert.That(await _database.ScalarAsync("SELECT count(*) FROM quarantine"), Is.EqualTo(1));
    }

    [Test]
    public async Task SaveRunAsync_SameRunTwice_UpdatesTheRow()
    {
        await _sink.SaveRunAsync(SinkRows.Run("running", 0), default);
        await _sink.SaveRunAsync(SinkRows.Run("succeeded", 42) with { FinishedAt = DateTimeOffset.UtcNow }, default);

        Assert.That(await _database.ScalarAsync("SELECT count(*) FROM runs"), Is.EqualTo(1));
        Assert.That(await _database.ScalarAsync("SELECT status FROM runs"), Is.EqualTo("succeeded"));
        Assert.That(await _database.ScalarAsync("SELECT rows_written FROM runs"), Is.EqualTo(42));
        Assert.That(await _database.ScalarAsync("SELECT count(*) FROM runs WHERE finished_at IS NOT NULL"), Is.EqualTo(1));
    }

    [Test]
    public async Task WriteBatchAsync_FailureInTheMiddle_LeavesNothingOfTheBatch()
    {
        var broken = SinkRows.Quarantined(9) with { Reason = null! };

        Assert.That(() => _sink.WriteBatchAsync([SinkRows.Result("r1"), SinkRows.Result("r2")], [broken], [SinkRows.Translation("x")], default),
            Throws.Exception);

        Assert.That(await _database.ScalarAsync("SELECT count(*) FROM results"), Is.EqualTo(0));
        Assert.That(await _database.ScalarAsync("SELECT count(*) FROM translations"), Is.EqualTo(0));
        Assert.That(await _database.ScalarAsync("SELECT count(*) FROM quarantine"), Is.EqualTo(0));
    }

    [Test]
    public async Task WriteBatchAsync_AfterAFailedBatch_NextBatchIsWritten()
    {
        var broken = SinkRows.Quarantined(9) with { Reason = null! };
        Assert.That(() => _sink.WriteBatchAsync([SinkRows.Result("r1")], [broken], [], default), Throws.Exception);

        await _sink.WriteBatchAsync([SinkRows.Result("r2")], [], [], default);

        Assert.That(await _sink.FindExistingAsync(["r1", "r2"], default), Is.EquivalentTo(new[] { "r2" }));
    }

    [Test]
    public async Task Description_NeverContainsThePassword()
    {
        Assert.That(_sink.Description, Does.Not.Contain(FetchRun.TestSupport.Postgres.PostgresServer.Password)
            .And.StartWith(kind == SinkKind.Sqlite ? "sqlite:" : "postgres://"));
    }
}
