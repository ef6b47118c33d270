using FetchRun.TestSupport;
using FetchRun.TestSupport.Runner;
using FetchRun.Tests.EndToEnd;

namespace FetchRun.Tests.Packages;

/// <summary><c>#r "nuget:"</c> and <c>#r "lib.dll"</c> end to end, from a local folder feed built by the test run.</summary>
public sealed class PackageScriptTests : RunnerFixture
{
    private string Feed => Path.Combine(WorkDir, "feed");

    private Dictionary<string, string?> FeedEnvironment(string feed) => new() { ["FETCHRUN_NUGET_SOURCE"] = feed };

    [Test]
    public async Task Run_PackagesFromFolderFeed_RunsThenHitsTheCacheWithTheFeedGone()
    {
        LocalPackageFeed.Create(Feed);
        var script = WriteScript("packages.csx", LocalPackageFeed.Script);

        var (firstCode, first) = await RunAsync(["run", script], FeedEnvironment(Feed));
        Directory.Delete(Feed, recursive: true);
        var (secondCode, second) = await RunAsync(["run", script], FeedEnvironment(Feed));

        var expected = string.Join(", ", LocalPackageFeed.RestoredByScript);
        Assert.Multiple(() =>
        {
            Assert.That((firstCode, first.Stdout), Is.EqualTo((0, LocalPackageFeed.ScriptOutput)), first.Stderr);
            Assert.That(first.LogRecord("packages restored").GetProperty("packages").GetString(), Is.EqualTo(expected));
            Assert.That(first.LogRecord("job finished").GetProperty("nuget_loaded").GetBoolean(), Is.True);
            Assert.That((secondCode, second.Stdout), Is.EqualTo((0, LocalPackageFeed.ScriptOutput)), second.Stderr);
            Assert.That(second.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("localhit"));
            Assert.That(second.LogRecord("script ready").GetProperty("packages").GetString(), Is.EqualTo(expected), "versions frozen in the entry");
            Assert.That(second.LogRecord("job finished").GetProperty("compiler_loaded").GetBoolean(), Is.False);
            Assert.That(second.LogRecord("job finished").GetProperty("nuget_loaded").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task Run_WritingJobsPackagesSample_RunsAsDocumented()
    {
        LocalPackageFeed.Create(Feed);
        var doc = File.ReadAllText(Path.Combine(RunnerPaths.RepositoryRoot, "docs", "writing-jobs.md"));
        var section = doc[doc.IndexOf("## Packages:", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var script = WriteScript("job.csx", section[start..section.IndexOf("```", start, StringComparison.Ordinal)]);

        var (code, process) = await RunAsync(["run", script, "--", "--name", "docs"], FeedEnvironment(Feed));

        Assert.That((code, process.LogRecord("parsed").GetProperty("name").GetString()), Is.EqualTo((0, "docs")), process.Stderr);
    }

    [Test]
    public async Task Check_Packages_PrintsResolvedVersionsThenThePin()
    {
        LocalPackageFeed.Create(Feed);
        var script = WriteScript("packages.csx", "#r \"nuget: Microsoft.Extensions.Options, [6.0.0, 7.0)\"\nreturn 0;");

        var (code, check) = await RunAsync(["check", script], FeedEnvironment(Feed));

        Assert.That((code, check.StdoutLines), Is.EqualTo((0, new[]
        {
            "package Microsoft.Extensions.Options 6.0.0",
            "package Microsoft.Extensions.Primitives 6.0.0", check.LogRecord("script checked").GetProperty("script_sha256").GetString(),
        })), check.Stderr);
    }

    [TestCase("6.0.0", "6.0.0")]
    [TestCase("[6.0.0, 11.0)", "6.0.0")]
    [TestCase("(6.0.0, 11.0)", "10.0.0")]
    [TestCase("*", "10.0.0")]
    [TestCase("10.*", "10.0.0")]
    [TestCase(null, "10.0.0")]
    public async Task Check_VersionAsWritten_ResolvesAsNuGetDoes(string? written, string expected)
    {
        LocalPackageFeed.Create(Feed);
        var id = LocalPackageFeed.Newer.Id;
        var script = WriteScript("versions.csx", $"#r \"nuget: {id}{(written is null ? "" : ", " + written)}\"\nreturn 0;");

        var (code, check) = await RunAsync(["check", script], FeedEnvironment(Feed));

        Assert.That((code, check.StdoutLines[0]), Is.EqualTo((0, $"package {id} {expected}")), check.Stderr);
    }

    [Test]
    public async Task Run_DynamicAndWholeFramework_CompileWithoutPackages()
    {
        var script = WriteScript("dynamic.csx", "dynamic x = new System.Dynamic.ExpandoObject();\nx.Name = typeof(System.Net.WebProxy).Name;\nConsole.WriteLine(x.Name);");

        var (code, process) = await RunAsync(["run", script]);

        Assert.That((code, process.Stdout), Is.EqualTo((0, "WebProxy")), process.Stderr);
    }

    [TestCase("#r \"nuget: No.Such.Package, 1.0.0\"", "NU1101", "'No.Such.Package' does not exist")]
    [TestCase("#r \"nuget: CommandLineParser, 9.9.9\"", "NU1102", "has no version matching '9.9.9'")]
    [TestCase("#r \"nuget: CommandLineParser, not-a-version\"", "NU1105", "'not-a-version' is not a NuGet version")]
    public async Task Run_BadPackage_FailsNamingFileAndLineWith65(string directive, string code, string message)
    {
        LocalPackageFeed.Create(Feed);
        var script = WriteScript("bad.csx", $"// packages\n  {directive}\nreturn 0;");

        var (exit, process) = await RunAsync(["run", script], FeedEnvironment(Feed));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(65), process.Stderr);
            Assert.That(process.LogRecord("job finished").GetProperty("exit_code").GetInt32(), Is.EqualTo(65));
            Assert.That(process.Stderr, Does.Contain($"{script}(2,3): error {code}: ").And.Contain(message));
        });
    }

    [Test]
    public async Task Run_FeedFolderMissing_Exits66()
    {
        var script = WriteScript("job.csx", "#r \"nuget: CommandLineParser, 2.9.1\"\nreturn 0;");

        var (exit, process) = await RunAsync(["run", script], FeedEnvironment(Feed));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(66), process.Stderr);
            Assert.That(process.Stderr, Does.Contain($"{script}(1,1): error NU1301: the package feed folder {Feed} does not exist"));
        });
    }

    [Test]
    public async Task Run_FeedUnreachable_IsTemporary75()
    {
        var script = WriteScript("job.csx", "#r \"nuget: CommandLineParser, 2.9.1\"\nreturn 0;");
        var feed = $"http://127.0.0.1:{Ports.FreeLoopbackPort()}/v3/index.json";

        var (exit, process) = await RunAsync(["run", script], FeedEnvironment(feed));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(75), process.Stderr);
            Assert.That(process.Stderr, Does.Contain($"{script}(1,1): error NU1301: cannot reach the package feed {feed}"));
        });
    }

    [Test]
    public async Task Run_NuGetConfigurationUnusable_Exits64NamingHome()
    {
        LocalPackageFeed.Create(Feed);
        var script = WriteScript("job.csx", "#r \"nuget: CommandLineParser, 2.9.1\"\nreturn 0;");
        var home = WriteScript("not-a-folder", "HOME must be a folder");

        var (exit, process) = await RunAsync(["run", script], new() { ["FETCHRUN_NUGET_SOURCE"] = Feed, ["HOME"] = home });

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(64), process.Stderr);
            Assert.That(process.Stderr, Does.Contain($"{script}(1,1): error NU1000: the NuGet configuration cannot be read or created"));
        });
    }

    [Test]
    public async Task Run_AssemblyFileReference_LoadsItAndThePinCoversIt()
    {
        var library = Path.Combine(WorkDir, "lib", "CommandLine.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(library)!);
        File.Copy(LocalPackageFeed.CommandLineAssembly(), library);
        var script = WriteScript("tool.csx", "#r \"lib/CommandLine.dll\"\nConsole.WriteLine(typeof(CommandLine.Parser).Assembly.GetName().Name);");

        var (checkCode, check) = await RunAsync(["check", script]);
        var pin = check.StdoutLines[^1];
        var (firstCode, first) = await RunAsync(["run", script, "--script-sha256", pin]);
        var (secondCode, second) = await RunAsync(["run", script, "--script-sha256", pin]);
        File.AppendAllText(library, "tampered");
        var (tamperedCode, tampered) = await RunAsync(["run", script, "--script-sha256", pin]);

        Assert.Multiple(() =>
        {
            Assert.That((checkCode, firstCode, first.Stdout), Is.EqualTo((0, 0, "CommandLine")), check.Stderr + first.Stderr);
            Assert.That(pin, Is.Not.EqualTo(check.LogRecord("script checked").GetProperty("sha256").GetString()), "the pin covers the dll");
            Assert.That((secondCode, second.LogRecord("script ready").GetProperty("cache").GetString()), Is.EqualTo((0, "localhit")));
            Assert.That(second.LogRecord("job finished").GetProperty("compiler_loaded").GetBoolean(), Is.False);
            Assert.That(tamperedCode, Is.EqualTo(77), tampered.Stderr);
        });
    }

    [Test]
    public async Task Run_AssemblyTheRunnerHas_UsesTheRunnersCopy()
    {
        var runnerCopy = Path.Combine(Path.GetDirectoryName(RunnerPaths.FetchRunDll)!, "AWSSDK.Core.dll");
        File.Copy(runnerCopy, Path.Combine(WorkDir, "AWSSDK.Core.dll"));
        var script = WriteScript("aws.csx", "#r \"AWSSDK.Core.dll\"\nConsole.WriteLine(typeof(Amazon.Runtime.AWSCredentials).Assembly.Location);");

        var (code, process) = await RunAsync(["run", script]);

        Assert.That((code, process.Stdout), Is.EqualTo((0, runnerCopy)), process.Stderr);
    }
}
