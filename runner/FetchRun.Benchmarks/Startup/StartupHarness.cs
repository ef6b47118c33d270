using System.Globalization;
using FetchRun.TestSupport.Runner;
using static FetchRun.Benchmarks.HarnessArgs;

namespace FetchRun.Benchmarks.Startup;

/// <summary>
/// Process start-up of the published runner (as the image ships it): a cold run that compiles, a cache
/// hit, a cache hit of a script with two <c>#r "nuget:"</c> packages (four with dependencies; the feed is
/// removed after the warm-up, so a hit that touched it would fail), and the floor — the same runner printing
/// its version. Each case runs N times; medians of wall
/// time and peak resident memory (from /usr/bin/time) are printed with ratios to the floor.
/// Usage: startup [--runs N] [--publish-dir DIR]   (publishes with runner/publish.sh when DIR is missing)
/// </summary>
internal sealed class StartupHarness : IHarness
{
    public string Name => "startup";

    public string Description => "runner start-up: cold compile vs cache hit vs --version floor (wall time, peak RSS)";

    public async Task<int> RunAsync(string[] args)
    {
        var runs = Int(args, "--runs", 10);
        var publishDir = HarnessArgs.String(args, "--publish-dir") ?? Path.Combine(Path.GetTempPath(), "fetchrun-bench-publish");
        if (!File.Exists(Path.Combine(publishDir, "fetchrun.dll")))
            await MeasuredProcess.RunAsync("bash", [Path.Combine(RunnerPaths.RepositoryRoot, "runner", "publish.sh"), publishDir]);
        var runner = Path.Combine(publishDir, "fetchrun.dll");

        var work = Directory.CreateTempSubdirectory("fetchrun-startup-");
        var script = Path.Combine(work.FullName, "hello.csx");
        await File.WriteAllTextAsync(script, "Log.Info(\"hello\", (\"inputs\", Inputs.Count));\nreturn 0;\n");
        var packagesScript = Path.Combine(work.FullName, "packages.csx");
        await File.WriteAllTextAsync(packagesScript, PackageFeedFolder.Script);
        var warmCache = Path.Combine(work.FullName, "warm-cache");
        await MeasureAsync(runner, ["run", script], warmCache); // fills the cache used by the hit cases
        var feed = PackageFeedFolder.Create(Path.Combine(work.FullName, "feed"));
        await MeasureAsync(runner, ["run", packagesScript], warmCache, feed);
        Directory.Delete(feed, recursive: true);

        var floor = new List<MeasuredProcess.Result>();
        var cold = new List<MeasuredProcess.Result>();
        var hit = new List<MeasuredProcess.Result>();
        var packagesHit = new List<MeasuredProcess.Result>();
        for (var i = 0; i < runs; i++)
        {
            floor.Add(await MeasureAsync(runner, ["--version"], warmCache));
            cold.Add(await MeasureAsync(runner, ["run", script], Path.Combine(work.FullName, $"cold-{i}")));
            hit.Add(await MeasureAsync(runner, ["run", script], warmCache));
            packagesHit.Add(await MeasureAsync(runner, ["run", packagesScript], warmCache, feed));
        }
        work.Delete(recursive: true);

        var floorMs = Median(floor, s => s.WallMs);
        Console.WriteLine($"runs per case: {runs}; runner: {runner}");
        Console.WriteLine("| case | median wall (ms) | × floor | median peak RSS (MiB) |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, samples) in new[] { ("floor: fetchrun --version", floor), ("cache hit: run hello.csx", hit),
            ("cache hit: run packages.csx (2 #r nuget, 3 package assemblies)", packagesHit), ("cold: run hello.csx (compiles)", cold) })
        {
            var ms = Median(samples, s => s.WallMs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {ms:0} | {ms / floorMs:0.00} | {Median(samples, s => s.PeakRssKiB) / 1024:0.0} |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold / hit = {Median(cold, s => s.WallMs) / Median(hit, s => s.WallMs):0.0}×; packages hit / hit = {Median(packagesHit, s => s.WallMs) / Median(hit, s => s.WallMs):0.00}× (target ≤ 1.2×)"));
        return 0;
    }

    private static Task<MeasuredProcess.Result> MeasureAsync(string runner, string[] args, string cacheDir, string? nugetSource = null) =>
        MeasuredProcess.RunAsync("dotnet", [runner, .. args],
            [("FETCHRUN_CACHE_DIR", cacheDir), ("FETCHRUN_LOG_FORMAT", "json"), .. nugetSource is null ? [] : new[] { ("FETCHRUN_NUGET_SOURCE", nugetSource) }]);

    private static double Median(List<MeasuredProcess.Result> samples, Func<MeasuredProcess.Result, double> value)
    {
        var sorted = samples.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
