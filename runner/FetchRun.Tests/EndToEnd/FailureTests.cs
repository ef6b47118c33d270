using System.Text.Json;

namespace FetchRun.Tests.EndToEnd;

/// <summary>Every failure ends as one JSON log line with a documented exit code, secrets redacted; never a runtime abort.</summary>
public sealed class FailureTests : RunnerFixture
{
    [Test]
    public async Task Run_LoadOfMalformedUrl_Exits64WithOneJsonErrorLine()
    {
        var script = WriteScript("main.csx", "#load \"https://[::1\"\nConsole.WriteLine(\"never\");");

        var (code, process) = await RunAsync(["run", script]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(64), process.Stderr);
            AssertOneJsonErrorLine(process.StderrLines, 64, $"{script}(1): #load \"https://[::1\" is refused");
        });
    }

    [Test]
    public async Task Run_ThrowOnAThreadTheScriptStarted_Exits70WithOneJsonErrorLine()
    {
        var script = WriteScript("thread.csx", """
            var worker = new Thread(() => throw new InvalidOperationException("worker failed"));
            worker.Start();
            await Task.Delay(Timeout.Infinite, Cancellation);
            """);

        var (code, process) = await RunAsync(["run", script]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(70), process.Stderr);
            AssertOneJsonErrorLine(process.StderrLines, 70, "unhandled exception on a background thread: InvalidOperationException: worker failed");
        });
    }

    [Test]
    public async Task Run_CommandLineErrorWithCredentials_Exits64AsOneRedactedJsonLine()
    {
        var script = WriteScript("hello.csx", "Console.WriteLine(\"never\");");

        var (code, process) = await RunAsync(["run", script, "postgres://app:hunter2@db.example.com/reviews"]);
        var (httpCode, http) = await RunAsync(["run", "http://ops:hunter3@example.com/x.csx?X-Amz-Signature=0badc0de"]);

        Assert.Multiple(() =>
        {
            Assert.That((code, httpCode), Is.EqualTo((64, 64)));
            AssertOneJsonErrorLine(process.StderrLines, 64, "unexpected argument");
            AssertOneJsonErrorLine(http.StderrLines, 64, "plain http:// is refused");
            Assert.That(process.Stderr + http.Stderr, Does.Not.Contain("hunter2").And.Not.Contain("hunter3").And.Not.Contain("0badc0de"));
        });
    }

    [Test]
    public async Task Run_BadBatchVariable_Exits64AsOneJsonLine()
    {
        var script = WriteScript("hello.csx", "Console.WriteLine(\"never\");");

        var (code, process) = await RunAsync(["run", script], new() { ["AWS_BATCH_JOB_ARRAY_INDEX"] = "4", ["AWS_BATCH_JOB_ARRAY_SIZE"] = "2" });

        Assert.That(code, Is.EqualTo(64), process.Stderr);
        AssertOneJsonErrorLine(process.StderrLines, 64, "AWS_BATCH_JOB_ARRAY_INDEX=4 is not below AWS_BATCH_JOB_ARRAY_SIZE=2");
    }

    [Test]
    public async Task Run_PresignedInput_ScriptAndLogSeeItWithoutCredentials()
    {
        const string presigned = "https://bucket.s3.amazonaws.com/in/a.jsonl?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIAEXAMPLE%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=0badc0de&X-Amz-Security-Token=FQoGZXIvYXdz";
        var script = WriteScript("inputs.csx", "foreach (var input in Inputs) Console.WriteLine($\"{input} {input.FileName}\");");

        var (code, process) = await RunAsync(["run", script, "--input", presigned]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0), process.Stderr);
            Assert.That(process.Stdout, Is.EqualTo("https://bucket.s3.amazonaws.com/in/a.jsonl?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED&X-Amz-Security-Token=REDACTED a.jsonl"));
            Assert.That(process.Stderr, Does.Not.Contain("0badc0de").And.Not.Contain("FQoGZXIvYXdz").And.Not.Contain("AKIAEXAMPLE"));
        });
    }

    // Every stderr line is a JSON record (no bare stack trace), and exactly one of them is the error.
    private static void AssertOneJsonErrorLine(IReadOnlyList<string> stderr, int exitCode, string message)
    {
        Assert.That(stderr, Is.Not.Empty.And.All.StartsWith("{"), string.Join('\n', stderr));
        var errors = stderr.Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("level").GetString() == "error").ToList();
        Assert.That(errors, Has.Count.EqualTo(1), string.Join('\n', stderr));
        Assert.That(errors[0].GetProperty("msg").GetString(), Does.Contain(message));
        Assert.That(errors[0].GetProperty("exit_code").GetInt32(), Is.EqualTo(exitCode));
    }
}
