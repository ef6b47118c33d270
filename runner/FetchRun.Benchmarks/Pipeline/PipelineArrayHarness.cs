using System.Diagnostics;
using FetchRun.Sdk;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Nlp.Aws;
using FetchRun.Reviews.Pipeline;
using FetchRun.Reviews.Sinks;
using FetchRun.Sdk.Storage;
using FetchRun.TestSupport.NlpEmulator;
using static FetchRun.Benchmarks.HarnessArgs;
using static FetchRun.Benchmarks.Pipeline.PipelineBench;

namespace FetchRun.Benchmarks.Pipeline;

/// <summary>
/// <c>pipeline-array [--processes 4] [--rows 2000] [--latency-ms 30] [--english 0.3] [--duplicates 0.1] [--seed 11] [--dir DIR]</c>:
/// an array job in miniature. One emulator whose account quota per operation equals the clients' default TPS
/// (<see cref="NlpEmulatorOptions.WithDefaultQuotas"/>), <c>--processes</c> mixed shards (pipeline-throughput's generator,
/// different texts each), and as many review-pipeline processes started at once, each with the AWS providers at default
/// settings (<see cref="NlpProviders.FromEnvironment"/>; only the endpoints and credentials are set) and its own SQLite file.
/// Prints the aggregate wall time against the shared ceiling — per operation the shards' fewest calls summed, over the
/// quota, the slowest operation bounding the run — and the share of calls the quota throttled. A child is
/// <c>pipeline-array run &lt;shard&gt; &lt;db&gt;</c>.
/// </summary>
internal sealed class PipelineArrayHarness : IHarness
{
    public string Name => "pipeline-array";

    public string Description => "N review-pipeline processes at default settings sharing one emulated account quota: pipeline-array [--processes 4] [--rows 2000] [--latency-ms 30]";

    public async Task<int> RunAsync(string[] args)
    {
        if (args is ["run", var childShard, var childDb])
            return await RunChildAsync(childShard, childDb);
        var processes = Int(args, "--processes", 4);
        var rows = Int(args, "--rows", 2000);
        var latencyMs = Int(args, "--latency-ms", 30);
        var english = Double(args, "--english", 0.3);
        var duplicates = Double(args, "--duplicates", 0.1);
        var seed = Int(args, "--seed", 11);
        var dir = WorkDirectory(args, "fetchrun-pipeline-array");

        var shards = new List<(string Path, MixedShardStats Stats)>();
        for (var i = 0; i < processes; i++)
        {
            var path = Path.Combine(dir.FullName, F($"array-{i}.jsonl"));
            WriteMixedShard(path, rows, english, duplicates, seed + 100 * i, prefix: F($"s{i}-"));
            shards.Add((path, (await ReadShardAsync(path, "en")).Stats));
        }

        var options = new NlpEmulatorOptions { Latency = TimeSpan.FromMilliseconds(latencyMs) }.WithDefaultQuotas();
        await using var emulator = await NlpEmulator.StartAsync(options);
        // The children inherit these: the endpoints and credentials, nothing else (every rate at its default).
        foreach (var (name, value) in new[]
                 {
                     (NlpProviders.ProviderVariable, "aws"), ("AWS_REGION", "us-east-1"),
                     ("AWS_ENDPOINT_URL_TRANSLATE", emulator.Url.ToString()), ("AWS_ENDPOINT_URL_COMPREHEND", emulator.Url.ToString()),
                     ("AWS_ACCESS_KEY_ID", options.AccessKeyId), ("AWS_SECRET_ACCESS_KEY", options.SecretAccessKey),
                 })
            Environment.SetEnvironmentVariable(name, value);
        foreach (var name in new[] { NlpProviders.TranslateTpsVariable, NlpProviders.ComprehendTpsVariable, "AWS_ENDPOINT_URL" })
            Environment.SetEnvironmentVariable(name, null);

        // Accepted calls of the slowest operation per second, to show where the shared quota went unused.
        var binding = Operations.MaxBy(o => shards.Sum(s => FewestCalls(o, s.Stats)) / NlpEmulatorOptions.DefaultQuotas[o])!;
        var perSecond = new List<int>();
        var throttledPerSecond = new List<int>();
        var (lastAccepted, lastThrottled) = (0, 0);
        using var sampler = new Timer(_ =>
        {
            var throttled = emulator.Counters.ThrottledCalls(binding);
            var accepted = emulator.Counters.Calls(binding) - throttled;
            lock (perSecond)
            {
                perSecond.Add(accepted - lastAccepted);
                throttledPerSecond.Add(throttled - lastThrottled);
            }
            (lastAccepted, lastThrottled) = (accepted, throttled);
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();
        var children = await Task.WhenAll(shards.Select((s, i) =>
        {
            var db = Path.Combine(dir.FullName, F($"array-{i}.db"));
            foreach (var file in Directory.GetFiles(dir.FullName, Path.GetFileName(db) + "*"))
                File.Delete(file);
            return MeasuredProcess.RunSelfAsync(Name, "run", s.Path, db);
        }));
        var wall = clock.Elapsed.TotalSeconds;
        await sampler.DisposeAsync();

        var quota = NlpEmulatorOptions.DefaultQuotas;
        var fewest = Operations.ToDictionary(o => o, o => shards.Sum(s => FewestCalls(o, s.Stats)));
        var ceiling = Operations.Max(o => fewest[o] / quota[o]);
        var counters = emulator.Counters;
        var throttledShare = counters.Throttled / (double)counters.TotalCalls;

        Console.WriteLine(F($"{processes} processes × {rows} rows (mixed shards, {english:0%} en); emulator latency {latencyMs} ms per call; account quota = default TPS per operation; {Environment.ProcessorCount} cores; load average {LoadAverage()}"));
        Console.WriteLine("| child | written | exit | wall s | peak RSS |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var i = 0; i < children.Length; i++)
            Console.WriteLine(F($"| {i} | {children[i].Output} | {children[i].WallMs / 1000:0.0} | {children[i].PeakRssKiB / 1024.0:0} MiB |"));
        Console.WriteLine();
        Console.WriteLine("| operation | account quota TPS | fewest calls (all shards) | ceiling s | calls | throttled | throttled % | peak admitted in 1 s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var o in Operations)
        {
            Console.WriteLine(F($"| {o} | {quota[o]:0} | {fewest[o]:0} | {fewest[o] / quota[o]:0.0} | {counters.Calls(o)} | {counters.ThrottledCalls(o)} | {100.0 * counters.ThrottledCalls(o) / Math.Max(1, counters.Calls(o)):0.0} | {counters.MaxAdmittedPerSecond(o)} |"));
        }
        Console.WriteLine();
        lock (perSecond)
        {
            Console.WriteLine(F($"{binding} calls accepted per second: {string.Join(' ', perSecond)}"));
            Console.WriteLine(F($"{binding} calls throttled per second: {string.Join(' ', throttledPerSecond)}"));
        }
        Console.WriteLine(F($"aggregate: {processes * rows} rows in {wall:0.0} s; shared ceiling {ceiling:0.0} s; {ceiling / wall:0.00} of the ceiling rate; {counters.Throttled} of {counters.TotalCalls} calls throttled ({100 * throttledShare:0.0}%)"));
        return 0;
    }

    /// <summary>The fewest calls of <paramref name="operation"/> a shard needs, as pipeline-throughput counts them.</summary>
    private static double FewestCalls(string operation, MixedShardStats stats) => operation switch
    {
        NlpOperation.BatchDetectDominantLanguage => Math.Ceiling(stats.RowsWithoutLanguage / 25.0),
        NlpOperation.TranslateText => stats.DistinctNonTargetTexts,
        _ => stats.RowsByLanguage.Values.Sum(n => Math.Ceiling(n / 25.0)),
    };

    /// <summary>One array child: the review pipeline over one shard, providers from the environment, default options.</summary>
    private static async Task<int> RunChildAsync(string shard, string db)
    {
        var log = new QuietJobLog();
        var nlp = NlpProviders.FromEnvironment();
        try
        {
            var clock = Stopwatch.StartNew();
            ReviewRunSummary summary;
            await using (var sink = await ReviewSinks.OpenAsync(db, log, CancellationToken.None))
            using (var store = new ObjectStore())
                summary = await new ReviewPipeline(nlp, sink, store, log, JobInfo.Local).RunAsync([ObjectUri.Parse(Path.GetFullPath(shard))], CancellationToken.None);
            Console.WriteLine(F($"{summary.Written} | {summary.ExitCode} | {clock.Elapsed.TotalSeconds:0.0} s in the pipeline"));
            return summary.ExitCode; // not 0: MeasuredProcess fails the harness with this child's output
        }
        finally
        {
            (nlp.Translator as IDisposable)?.Dispose();
            (nlp.Language as IDisposable)?.Dispose();
        }
    }
}
