using FetchRun.TestSupport.Runner;

namespace FetchRun.Tests.EndToEnd;

/// <summary>
/// The image cannot be built here (no Docker engine), so this publishes the runner exactly as the
/// Dockerfile does (runner/publish.sh) and runs it with a .NET root that holds the runtime only, no SDK.
/// </summary>
[Category("Publish")]
public sealed class PublishedRunnerTests
{
    private string _root = "";
    private string _app = "";
    private string _runtimeOnly = "";

    [OneTimeSetUp]
    public async Task Publish()
    {
        _root = Directory.CreateTempSubdirectory("fetchrun-publish-").FullName;
        _app = Path.Combine(_root, "app");
        using var publish = RunnerProcess.Start([Path.Combine(RunnerPaths.RepositoryRoot, "runner", "publish.sh"), _app], fileName: "bash", prefixArgs: []);
        Assert.That(await publish.WaitAsync(TimeSpan.FromMinutes(8)), Is.EqualTo(0), publish.Stdout + publish.Stderr);
        _runtimeOnly = RuntimeOnlyDotnetRoot(Path.Combine(_root, "dotnet"));
    }

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task PublishedRunner_RuntimeOnly_RunsColdThenFromCache()
    {
        var script = Path.Combine(_root, "hello.csx");
        await File.WriteAllTextAsync(script, "Console.WriteLine($\"hello from {Job.Id}\");");
        var env = new Dictionary<string, string?>
        {
            ["DOTNET_ROOT"] = _runtimeOnly,
            ["PATH"] = "/usr/bin:/bin",
            ["FETCHRUN_CACHE_DIR"] = Path.Combine(_root, "cache"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };

        using var cold = RunnerProcess.Start(["run", script, "--log-format", "json"], env, _root, Path.Combine(_app, "fetchrun"), []);
        var coldCode = await cold.WaitAsync(TimeSpan.FromMinutes(1));
        using var cached = RunnerProcess.Start(["run", script, "--log-format", "json"], env, _root, Path.Combine(_app, "fetchrun"), []);
        var cachedCode = await cached.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That((coldCode, cold.Stdout), Is.EqualTo((0, "hello from local")), cold.Stderr);
            Assert.That((cachedCode, cached.Stdout), Is.EqualTo((0, "hello from local")), cached.Stderr);
            Assert.That(cold.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("miss"));
            Assert.That(cached.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("localhit"));
            Assert.That(cached.LogRecord("job finished").GetProperty("compiler_loaded").GetBoolean(), Is.False);
            Assert.That(File.Exists(Path.Combine(_app, "fetchrun.dll")) && File.Exists(Path.Combine(_app, "Microsoft.CodeAnalysis.dll")), Is.True, "not single-file");
        });
    }

    [Test]
    public async Task PublishedRunner_RuntimeOnly_RunsTheReviewJobOnTheSamples()
    {
        var env = new Dictionary<string, string?>
        {
            ["DOTNET_ROOT"] = _runtimeOnly,
            ["PATH"] = "/usr/bin:/bin",
            ["FETCHRUN_CACHE_DIR"] = Path.Combine(_root, "cache"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["FETCHRUN_NLP"] = null,
            ["FETCHRUN_DB"] = null,
        };
        var job = Path.Combine(RunnerPaths.RepositoryRoot, "jobs", "review-sentiment.csx");
        var samples = Path.Combine(RunnerPaths.RepositoryRoot, "jobs", "samples") + "/";

        using var run = RunnerProcess.Start(["run", job, "--input", samples, "--param", "max-bad-rate=0.2", "--log-format", "json"],
            env, _root, Path.Combine(_app, "fetchrun"), []);
        var code = await run.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, run.Stderr);
            Assert.That(run.Stdout, Does.Contain("rows written   202"), "Lingua models, the VADER lexicon and native SQLite ship in the publish output");
            Assert.That(File.Exists(Path.Combine(_root, "fetchrun-results.db")), Is.True);
        });
    }

    [Test]
    public async Task RuntimeOnlyRoot_HasNoSdk()
    {
        using var sdks = RunnerProcess.Start(["--list-sdks"], new Dictionary<string, string?> { ["DOTNET_ROOT"] = _runtimeOnly }, _root, Path.Combine(_runtimeOnly, "dotnet"), []);
        var code = await sdks.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That((code, sdks.Stdout), Is.EqualTo((0, "")));
    }

    // A .NET root with the host and Microsoft.NETCore.App only, as in the runtime image. Copied, not
    // linked: the host resolves links and would find the SDK next to the original.
    private static string RuntimeOnlyDotnetRoot(string target)
    {
        var installed = Path.GetDirectoryName(Environment.ProcessPath ?? "/usr/share/dotnet/dotnet")!;
        if (!File.Exists(Path.Combine(installed, "dotnet")))
            installed = "/usr/share/dotnet";
        File.Copy(Path.Combine(installed, "dotnet"), Path.Combine(target, "dotnet").EnsureParent());
        CopyDirectory(Path.Combine(installed, "host"), Path.Combine(target, "host"));
        CopyDirectory(Path.Combine(installed, "shared", "Microsoft.NETCore.App"), Path.Combine(target, "shared", "Microsoft.NETCore.App"));
        return target;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)).EnsureParent());
    }
}

internal static class PathExtensions
{
    public static string EnsureParent(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
