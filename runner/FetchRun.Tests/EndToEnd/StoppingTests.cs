using System.Diagnostics;
using FetchRun.TestSupport.Imds;

namespace FetchRun.Tests.EndToEnd;

public sealed class StoppingTests : RunnerFixture
{
    // Waits for cancellation, then "saves progress" for half a second before giving up.
    private const string Cooperative = """
        Console.WriteLine("started");
        try
        {
            await Task.Delay(Timeout.Infinite, Cancellation);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("flushing");
            await Task.Delay(500);
            Console.WriteLine("flushed");
            throw;
        }
        """;

    [Test]
    public async Task Sigterm_CooperativeScript_RunsCleanupAndExits143()
    {
        var script = WriteScript("job.csx", Cooperative);
        using var process = Start(["run", script, "--grace", "10s"]);
        await process.WaitForOutputAsync("started", ExitTimeout);

        var signalled = Stopwatch.StartNew();
        process.Terminate();
        var code = await process.WaitAsync(ExitTimeout);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(143), process.Stderr);
            Assert.That(process.StdoutLines, Is.EqualTo(new[] { "started", "flushing", "flushed" }));
            Assert.That(signalled.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
            Assert.That(process.LogRecord("stop requested; the script has until the grace period ends to save its progress")
                .GetProperty("reason").GetString(), Is.EqualTo("SIGTERM"));
        });
    }

    [Test]
    public async Task Sigterm_ScriptIgnoringCancellation_IsEndedWith143AtTheGraceDeadline()
    {
        var script = WriteScript("stubborn.csx", "Console.WriteLine(\"started\");\nawait Task.Delay(Timeout.Infinite);\n");
        using var process = Start(["run", script, "--grace", "2s"]);
        await process.WaitForOutputAsync("started", ExitTimeout);

        var signalled = Stopwatch.StartNew();
        process.Terminate();
        var code = await process.WaitAsync(ExitTimeout);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(143));
            Assert.That(signalled.Elapsed, Is.InRange(TimeSpan.FromSeconds(1.8), TimeSpan.FromSeconds(6)));
            Assert.That(process.Stderr, Does.Contain("did not finish within the grace period"));
        });
    }

    [Test]
    public async Task Timeout_Deadline_CancelsLikeSigterm()
    {
        var script = WriteScript("job.csx", Cooperative);
        await RunAsync(["check", script]);

        var (code, process) = await RunAsync(["run", script, "--timeout", "2s"]);

        Assert.That((code, process.StdoutLines.Last()), Is.EqualTo((143, "flushed")), process.Stderr);
    }

    [Test]
    public async Task SpotNotice_FromMetadata_CancelsWithinSixSecondsAndExits143()
    {
        await using var metadata = await MetadataStandIn.StartAsync();
        var script = WriteScript("job.csx", Cooperative);
        using var process = Start(["run", script], new() { ["AWS_EC2_METADATA_DISABLED"] = null, ["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = metadata.Url });
        await process.WaitForOutputAsync("started", ExitTimeout);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var announced = Stopwatch.StartNew();
        metadata.AnnounceTermination(DateTimeOffset.UtcNow);
        await process.WaitForOutputAsync("flushing", TimeSpan.FromSeconds(6));
        var noticed = announced.Elapsed;
        var code = await process.WaitAsync(ExitTimeout);

        Assert.Multiple(() =>
        {
            Assert.That(noticed, Is.LessThan(TimeSpan.FromSeconds(6)));
            Assert.That(code, Is.EqualTo(143), process.Stderr);
            Assert.That(process.StdoutLines.Last(), Is.EqualTo("flushed"));
            Assert.That(process.LogRecord("spot interruption notice received").GetProperty("notice").GetString(), Does.StartWith("terminate at "));
            Assert.That(metadata.TokenRequests, Is.GreaterThanOrEqualTo(1));
        });
    }

    [Test]
    public async Task SpotNotice_AfterTransientMetadataFailures_StillCancelsAndExits143()
    {
        await using var metadata = await MetadataStandIn.StartAsync();
        metadata.FailTokenRequests(MetadataFault.ServerError);
        metadata.FailNoticePolls(MetadataFault.ServerError, MetadataFault.TokenRefused);
        metadata.AnnounceTermination(DateTimeOffset.UtcNow, fromPoll: 4);
        var script = WriteScript("job.csx", Cooperative);

        var (code, process) = await RunAsync(["run", script], new() { ["AWS_EC2_METADATA_DISABLED"] = null, ["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = metadata.Url });

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(143), process.Stderr);
            Assert.That(process.StdoutLines.Last(), Is.EqualTo("flushed"));
            Assert.That(process.LogRecord("spot interruption notice received").GetProperty("notice").GetString(), Does.StartWith("terminate at "));
            Assert.That((metadata.TokenRequests, metadata.NoticePolls), Is.EqualTo((3, 4)));
        });
    }

    [Test]
    public async Task SpotWatcher_MetadataDisabled_NeverCalls()
    {
        await using var metadata = await MetadataStandIn.StartAsync();
        var script = WriteScript("quick.csx", "await Task.Delay(300);");

        var (code, _) = await RunAsync(["run", script], new() { ["AWS_EC2_METADATA_DISABLED"] = "true", ["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = metadata.Url });

        Assert.That((code, metadata.TokenRequests, metadata.NoticePolls), Is.EqualTo((0, 0, 0)));
    }
}
