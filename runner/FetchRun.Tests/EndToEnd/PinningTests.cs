using System.Diagnostics;
using System.Security.Cryptography;

namespace FetchRun.Tests.EndToEnd;

/// <summary><c>--script-sha256</c> over the whole <c>#load</c> closure, and where a <c>#load</c> may reach.</summary>
public sealed class PinningTests : RunnerFixture
{
    private string WriteClosure()
    {
        WriteScript("lib/b.csx", "string B() => \"b\";");
        WriteScript("a.csx", "string A() => \"a\";");
        return WriteScript("main.csx", "#load \"lib/b.csx\"\n#load \"a.csx\"\nConsole.WriteLine(A() + B());");
    }

    [Test]
    public async Task Check_ScriptWithLoads_PrintsTheDocumentedClosureHash()
    {
        var script = WriteClosure();

        var (code, process) = await RunAsync(["check", script]);
        var expected = await ShellAsync("sha256sum main.csx a.csx lib/b.csx | sha256sum | cut -d' ' -f1");

        Assert.Multiple(() =>
        {
            Assert.That((code, process.Stdout), Is.EqualTo((0, expected)), process.Stderr);
            Assert.That(process.LogRecord("script checked").GetProperty("script_sha256").GetString(), Is.EqualTo(expected));
            Assert.That(process.LogRecord("script checked").GetProperty("sha256").GetString(),
                Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(script)))), "the main file's own hash is still logged");
        });
    }

    [Test]
    public async Task Run_PinnedClosure_ChangedLoadedFile_Exits77WithoutRunning()
    {
        var script = WriteClosure();
        var (_, check) = await RunAsync(["check", script]);
        var pin = check.Stdout;
        var (pinnedCode, pinned) = await RunAsync(["run", script, "--script-sha256", pin]);

        WriteScript("lib/b.csx", "string B() => \"planted\";");
        var (changedCode, changed) = await RunAsync(["run", script, "--script-sha256", pin]);

        Assert.Multiple(() =>
        {
            Assert.That((pinnedCode, pinned.Stdout), Is.EqualTo((0, "ab")), pinned.Stderr);
            Assert.That((changedCode, changed.Stdout), Is.EqualTo((77, "")), changed.Stderr);
            Assert.That(changed.Stderr, Does.Contain($"with its 2 #load'ed file(s) has SHA-256").And.Contain($"but --script-sha256 pins {pin}"));
        });
    }

    [TestCase("s3://fetchrun-jobs/util.csx")]
    [TestCase("https://example.com/util.csx")]
    public async Task Run_LocalScriptLoadingAnotherScheme_Exits64NamingTheDirective(string load)
    {
        var script = WriteScript("main.csx", $"// helper\n#load \"{load}\"\nConsole.WriteLine(\"never\");");

        var (code, process) = await RunAsync(["run", script]);

        Assert.Multiple(() =>
        {
            Assert.That((code, process.Stdout), Is.EqualTo((64, "")), process.Stderr);
            Assert.That(process.LogRecord($"{script}(2): #load \"{load}\" is refused: it names {load}, outside local files; a script may #load only from local files")
                .GetProperty("exit_code").GetInt32(), Is.EqualTo(64));
        });
    }

    private async Task<string> ShellAsync(string command)
    {
        var start = new ProcessStartInfo("bash", ["-c", command]) { WorkingDirectory = WorkDir, RedirectStandardOutput = true };
        using var shell = Process.Start(start)!;
        var output = await shell.StandardOutput.ReadToEndAsync();
        await shell.WaitForExitAsync();
        return output.Trim();
    }
}
