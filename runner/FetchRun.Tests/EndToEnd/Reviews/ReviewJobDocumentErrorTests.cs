using FetchRun.Sdk;

namespace FetchRun.Tests.EndToEnd.Reviews;

/// <summary>Comprehend answering some documents with INTERNAL_SERVER_ERROR in its ErrorList (issue 8, item 9).</summary>
[Category("EndToEnd")]
public sealed class ReviewJobDocumentErrorTests : ReviewJobFixture
{
    [Test]
    public async Task Per_document_internal_errors_are_never_stored_and_a_rerun_completes_the_table()
    {
        var (shard, expected) = GenerateShard(300, seed: 43);
        var database = await Postgres.CreateDatabaseAsync();
        // So many that some documents fail all their re-sends: more than max-transient-rate (1%) of the reviews.
        Emulator.Options.DocumentErrorRate = 0.7;

        var first = await RunJobAsync(shard, database, ExitCodes.Temporary);
        var storedAfterFirst = await ScalarAsync<long>(database, "SELECT count(*) FROM results");
        var transientStored = await ScalarAsync<long>(database, "SELECT count(*) FROM results WHERE error LIKE 'INTERNAL_SERVER_ERROR%'");
        Emulator.Options.DocumentErrorRate = 0;
        await RunJobAsync(shard, database, expectedExitCode: 0);

        Assert.Multiple(async () =>
        {
            Assert.That(Emulator.Counters.DocumentErrors, Is.GreaterThan(0));
            Assert.That(transientStored, Is.Zero, "a transient failure is never stored as the review's result");
            Assert.That(storedAfterFirst, Is.LessThan(expected.GoodRows));
            Assert.That(first.Stderr, Does.Contain("were not stored because the NLP service failed them"));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results"), Is.EqualTo(expected.GoodRows));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results WHERE error LIKE 'INTERNAL_SERVER_ERROR%'"), Is.Zero);
        });
    }

    [Test]
    public async Task A_few_per_document_internal_errors_are_resent_and_every_row_is_stored()
    {
        var (shard, expected) = GenerateShard(300, seed: 47);
        var database = await Postgres.CreateDatabaseAsync();
        Emulator.Options.DocumentErrorRate = 0.05;
        try
        {
            await RunJobAsync(shard, database, expectedExitCode: 0);
        }
        finally
        {
            Emulator.Options.DocumentErrorRate = 0;
        }

        Assert.Multiple(async () =>
        {
            Assert.That(Emulator.Counters.DocumentErrors, Is.GreaterThan(0));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results"), Is.EqualTo(expected.GoodRows));
            Assert.That(await ScalarAsync<long>(database, "SELECT count(*) FROM results WHERE error IS NOT NULL"), Is.Zero);
        });
    }
}
