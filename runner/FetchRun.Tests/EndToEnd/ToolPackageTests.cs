using FetchRun.TestSupport.Runner;

namespace FetchRun.Tests.EndToEnd;

/// <summary>The runner packs as a .NET tool that a script author installs and runs, as README.md shows: its <c>fetchrun</c> lines run as written.</summary>
[Category("Publish")]
public sealed class ToolPackageTests
{
    [Test]
    public async Task Packed_tool_installs_and_checks_and_runs_a_script()
    {
        var root = Directory.CreateTempSubdirectory("fetchrun-tool-").FullName;
        try
        {
            var packages = Path.Combine(root, "packages");
            var tools = Path.Combine(root, "tools");
            await RunAsync("dotnet", ["pack", Path.Combine(RunnerPaths.RepositoryRoot, "runner", "FetchRun.Runner"), "-c", "Release", "-o", packages], root);
            await RunAsync("dotnet", ["tool", "install", "--tool-path", tools, "FetchRun", "--add-source", packages], root);
            var script = Path.Combine(root, "job.csx");
            await File.WriteAllTextAsync(script, "Console.WriteLine(Params[\"greeting\"]);\nreturn 3;\n");
            var env = new Dictionary<string, string?> { ["FETCHRUN_CACHE_DIR"] = Path.Combine(root, "cache") };

            using var check = RunnerProcess.Start(["check", script], env, root, Path.Combine(tools, "fetchrun"), []);
            var checkCode = await check.WaitAsync(TimeSpan.FromMinutes(2));
            using var run = RunnerProcess.Start(["run", script, "--param", "greeting=hello"], env, root, Path.Combine(tools, "fetchrun"), []);
            var runCode = await run.WaitAsync(TimeSpan.FromMinutes(1));

            var readme = new List<(string Line, int Code, string Stderr)>();
            CopyDirectory(Path.Combine(RunnerPaths.RepositoryRoot, "jobs"), Path.Combine(root, "jobs"));
            foreach (var line in ReadmeToolLines())
            {
                using var documented = RunnerProcess.Start(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..], env, root,
                    Path.Combine(tools, "fetchrun"), []);
                readme.Add((line, await documented.WaitAsync(TimeSpan.FromMinutes(3)), documented.Stderr));
            }

            Assert.Multiple(() =>
            {
                Assert.That(checkCode, Is.Zero, check.Stderr);
                Assert.That((runCode, run.Stdout), Is.EqualTo((3, "hello")), run.Stderr);
                Assert.That(readme.Select(r => r.Line), Has.Some.StartsWith("fetchrun run jobs/review-sentiment.csx"));
                foreach (var (line, code, stderr) in readme)
                    Assert.That(code, Is.Zero, $"{line}: {stderr}");
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>README.md's <c>fetchrun …</c> lines, comments cut, as a user copies them.</summary>
    private static List<string> ReadmeToolLines() =>
        File.ReadAllLines(Path.Combine(RunnerPaths.RepositoryRoot, "README.md"))
            .Where(l => l.StartsWith("fetchrun ", StringComparison.Ordinal))
            .Select(l => (l.Contains('#', StringComparison.Ordinal) ? l[..l.IndexOf('#', StringComparison.Ordinal)] : l).Trim())
            .ToList();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task RunAsync(string file, string[] args, string directory)
    {
        using var process = RunnerProcess.Start(args, null, directory, file, []);
        Assert.That(await process.WaitAsync(TimeSpan.FromMinutes(8)), Is.Zero, process.Stdout + process.Stderr);
    }
}
