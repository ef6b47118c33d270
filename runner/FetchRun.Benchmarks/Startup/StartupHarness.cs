using System.Diagnostics;
using System.Globalization;

namespace FetchRun.Benchmarks.Startup;

/// <summary>
/// Process start-up of the published runner (as the image ships it): a cold run that compiles, a cache
/// hit, and the floor — the same runner printing its version. Each case runs N times; medians of wall
/// time and peak resident memory (from /usr/bin/time) are printed with ratios to the floor.
/// Usage: startup [--runs N] [--publish-dir DIR]   (publishes with runner/publish.sh when DIR is missing)
/// </summary>
internal sealed class StartupHarness : IHarness
{
    public string Name => "startup";

    public string Description => "runner start-up: cold compile vs cache hit vs --version floor (wall time, peak RSS)";

    public async Task<int> RunAsync(string[] args)
    {
        var runs = IntOption(args, "--runs", 10);
        var publishDir = StringOption(args, "--publish-dir") ?? Path.Combine(Path.GetTempPath(), "fetchrun-bench-publish");
        var repo = RepoRoot();
        if (!File.Exists(Path.Combine(publishDir, "fetchrun.dll")))
            await RunToEndAsync("bash", [Path.Combine(repo, "runner", "publish.sh"), publishDir], quiet: true);
        var runner = Path.Combine(publishDir, "fetchrun.dll");

        var work = Directory.CreateTempSubdirectory("fetchrun-startup-");
        var script = Path.Combine(work.FullName, "hello.csx");
        await File.WriteAllTextAsync(script, "Log.Info(\"hello\", (\"inputs\", Inputs.Count));\nreturn 0;\n");
        var warmCache = Path.Combine(work.FullName, "warm-cache");
        await MeasureAsync(runner, ["run", script], warmCache); // fills the cache used by the hit case

        var floor = new List<Sample>();
        var cold = new List<Sample>();
        var hit = new List<Sample>();
        for (var i = 0; i < runs; i++)
        {
            floor.Add(await MeasureAsync(runner, ["--version"], warmCache));
            cold.Add(await MeasureAsync(runner, ["run", script], Path.Combine(work.FullName, $"cold-{i}")));
            hit.Add(await MeasureAsync(runner, ["run", script], warmCache));
        }
        work.Delete(recursive: true);

        var floorMs = Median(floor, s => s.WallMs);
        Console.WriteLine($"runs per case: {runs}; runner: {runner}");
        Console.WriteLine("| case | median wall (ms) | × floor | median peak RSS (MiB) |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, samples) in new[] { ("floor: fetchrun --version", floor), ("cache hit: run hello.csx", hit), ("cold: run hello.csx (compiles)", cold) })
        {
            var ms = Median(samples, s => s.WallMs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {ms:0} | {ms / floorMs:0.00} | {Median(samples, s => s.PeakRssKiB) / 1024:0.0} |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold / hit = {Median(cold, s => s.WallMs) / Median(hit, s => s.WallMs):0.0}×"));
        return 0;
    }

    private sealed record Sample(double WallMs, double PeakRssKiB);

    private static async Task<Sample> MeasureAsync(string runner, string[] args, string cacheDir)
    {
        var rssFile = Path.GetTempFileName();
        var watch = Stopwatch.StartNew();
        await RunToEndAsync("/usr/bin/time", ["-f", "%M", "-o", rssFile, "dotnet", runner, .. args], quiet: true,
            ("FETCHRUN_CACHE_DIR", cacheDir), ("FETCHRUN_LOG_FORMAT", "json"));
        var wall = watch.Elapsed.TotalMilliseconds;
        var rss = double.Parse((await File.ReadAllLinesAsync(rssFile)).Last(l => l.Length > 0), CultureInfo.InvariantCulture);
        File.Delete(rssFile);
        return new Sample(wall, rss);
    }

    private static async Task RunToEndAsync(string file, string[] args, bool quiet, params (string Name, string Value)[] env)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = quiet, RedirectStandardError = quiet, UseShellExecute = false };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        foreach (var (name, value) in env)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var drain = quiet ? Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync()) : Task.CompletedTask;
        await process.WaitForExitAsync();
        var output = await (drain as Task<string[]> ?? Task.FromResult(Array.Empty<string>()));
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {string.Join('\n', output)}");
    }

    private static double Median(List<Sample> samples, Func<Sample, double> value)
    {
        var sorted = samples.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        StringOption(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? StringOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FetchRun.sln")))
                return dir.FullName;
        throw new InvalidOperationException("run from inside the FetchRun repository");
    }
}
