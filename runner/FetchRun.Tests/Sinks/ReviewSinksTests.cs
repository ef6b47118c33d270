using FetchRun.Reviews.Sinks;

namespace FetchRun.Tests.Sinks;

public sealed class ReviewSinksTests
{
    [Test]
    public async Task OpenAsync_SqliteTarget_OpensItAndLogsWhichSink()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"fetchrun-sinks-{Guid.NewGuid():N}");
        var log = new RecordingLog();
        try
        {
            await using (var sink = await ReviewSinks.OpenAsync($"sqlite:{directory}/out.sqlite3", log, default))
            {
                await sink.WriteBatchAsync([SinkRows.Result("r1")], [], [], default);
                Assert.That(sink.Description, Is.EqualTo($"sqlite:{directory}/out.sqlite3"));
            }

            Assert.That(File.Exists(Path.Combine(directory, "out.sqlite3")), Is.True);
            Assert.That(log.Lines, Is.EqualTo(new[] { $"sink opened sink=sqlite:{directory}/out.sqlite3 from=option" }));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
