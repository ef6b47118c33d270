using System.Diagnostics;
using FetchRun.Sdk;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Pipeline;
using FetchRun.Reviews.Sinks;
using FetchRun.Sdk.Storage;
using FetchRun.TestSupport.Shards;
using static FetchRun.Benchmarks.HarnessArgs;
using static FetchRun.Benchmarks.Pipeline.PipelineBench;

namespace FetchRun.Benchmarks.Pipeline;

/// <summary>
/// <c>pipeline-memory [--rows 20000] [--scale 10] [--dir DIR]</c>: the whole review pipeline (local providers, SQLite sink) over a
/// JSONL.gz shard of 1× and of <c>--scale</c>× the rows, each in a fresh child process run under <c>/usr/bin/time -f %M</c>; prints
/// peak resident set, the largest GC heap the child saw, rows/s, and the ratio large/small (target: about 1.2–1.3 at most).
/// The child is <c>pipeline-memory run &lt;shard&gt; &lt;db&gt;</c>.
/// </summary>
internal sealed class PipelineMemoryHarness : IHarness
{
    public string Name => "pipeline-memory";

    public string Description => "peak RSS of the whole pipeline (local NLP, SQLite) on a 1x and a 10x JSONL.gz shard: pipeline-memory [--rows 20000] [--scale 10]";

    public async Task<int> RunAsync(string[] args)
    {
        if (args is ["run", var childShard, var childDb])
            return await RunOneAsync(childShard, childDb);
        var rows = Int(args, "--rows", 20_000);
        var scale = Int(args, "--scale", 10);
        var dir = WorkDirectory(args, "fetchrun-pipeline-memory");
        var results = new List<(int Rows, long RssKiB, string Child)>();
        foreach (var n in new[] { rows, rows * scale })
        {
            var path = Path.Combine(dir.FullName, F($"pipeline-{n}.jsonl.gz"));
            if (!File.Exists(path))
                ShardGenerator.WriteFile(path, new ShardGeneratorOptions { Rows = n, Seed = 5, BadLineRate = 0.01, Gzip = true });
            var db = Path.Combine(dir.FullName, F($"pipeline-{n}.db"));
            foreach (var file in Directory.GetFiles(dir.FullName, Path.GetFileName(db) + "*"))
                File.Delete(file);
            var child = await MeasuredProcess.RunSelfAsync(Name, "run", path, db);
            results.Add((n, child.PeakRssKiB, child.Output));
            File.Delete(db);
        }
        Console.WriteLine(F($"local providers (Lingua + VADER), SQLite sink, JSONL.gz, 1% bad lines, 70% of rows carry their language; {Environment.ProcessorCount} cores"));
        Console.WriteLine("| shard rows | written | quarantined | wall s | rows/s | peak GC heap | peak RSS (/usr/bin/time) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (n, rss, child) in results)
            Console.WriteLine(F($"| {n:N0} | {child} | {rss / 1024.0:0.0} MiB |"));
        Console.WriteLine(F($"peak RSS {scale}×/1× = {results[1].RssKiB / (double)results[0].RssKiB:0.00}"));
        return 0;
    }

    private static async Task<int> RunOneAsync(string shard, string db)
    {
        var log = new QuietJobLog();
        long peakHeap = 0;
        using var sampler = new Timer(_ => Interlocked.Exchange(ref peakHeap, Math.Max(Interlocked.Read(ref peakHeap), GC.GetGCMemoryInfo().HeapSizeBytes)),
            null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
        ReviewRunSummary summary;
        var clock = Stopwatch.StartNew();
        await using (var sink = await ReviewSinks.OpenAsync(db, log, CancellationToken.None))
        using (var store = new ObjectStore())
        {
            var pipeline = new ReviewPipeline(NlpProviders.Local(), sink, store, log, JobInfo.Local);
            summary = await pipeline.RunAsync([ObjectUri.Parse(Path.GetFullPath(shard))], CancellationToken.None);
        }
        clock.Stop();
        peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
        if (summary.ExitCode != 0)
            throw new InvalidOperationException($"the pipeline exited {summary.ExitCode}");
        Console.WriteLine(F($"{summary.Written:N0} | {summary.Quarantined:N0} | {clock.Elapsed.TotalSeconds:0.0} | {summary.Written / clock.Elapsed.TotalSeconds:N0} | {peakHeap / 1048576.0:0.0} MiB"));
        return 0;
    }
}
