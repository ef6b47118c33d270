using System.Diagnostics;
using System.Globalization;
using FetchRun.Reviews.Reading;
using FetchRun.Sdk.Storage;
using FetchRun.TestSupport.Shards;

namespace FetchRun.Benchmarks.Shards;

/// <summary>
/// <c>shard-memory [rows=100000] [dir]</c>: writes shards of 1× and 10× the rows in each format, reads each one
/// in a fresh child process, and prints peak working set, peak GC heap and bytes allocated per row, so that
/// memory flat in shard size can be checked (target: 10× within 1.2× of 1×). The child is
/// <c>shard-memory read &lt;file&gt; [duplicates on|off]</c>.
/// </summary>
internal sealed class ShardMemoryHarness : IHarness
{
    public string Name => "shard-memory";

    public string Description => "peak memory reading 1x and 10x shards in each format: shard-memory [rows=100000] [dir]";

    public async Task<int> RunAsync(string[] args)
    {
        if (args is ["read", var file, ..])
            return await ReadOneAsync(file, args.Length < 3 || args[2] != "off");
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var dir = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "fetchrun-shard-memory");
        Directory.CreateDirectory(dir);
        Console.WriteLine("| shard | rows | size | duplicates check | peak working set | peak GC heap | allocated/row | rows/s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (ext, format, gzip) in new[] { ("jsonl", GeneratedShardFormat.JsonLines, false), ("jsonl.gz", GeneratedShardFormat.JsonLines, true), ("csv", GeneratedShardFormat.Csv, false) })
        {
            foreach (var scale in new[] { 1, 10 })
            {
                var path = Path.Combine(dir, $"memory-{scale}x.{ext}");
                if (!File.Exists(path))
                    ShardGenerator.WriteFile(path, new ShardGeneratorOptions { Rows = rows * scale, Seed = 5, BadLineRate = 0.01, Format = format, Gzip = gzip });
                foreach (var duplicates in new[] { "on", "off" })
                {
                    var result = (await MeasuredProcess.RunSelfAsync("shard-memory", "read", path, duplicates)).Output;
                    Console.WriteLine($"| {Path.GetFileName(path)} | {rows * scale:N0} | {new FileInfo(path).Length / 1048576.0:F1} MiB | {duplicates} | {result} |");
                }
            }
        }
        return 0;
    }

    private static async Task<int> ReadOneAsync(string file, bool duplicates)
    {
        using var store = new ObjectStore();
        var options = new ShardReaderOptions { RejectDuplicateIds = duplicates };
        long rows = 0;
        long peakHeap = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await foreach (var item in ShardReader.ReadAsync(store, ObjectUri.Parse(file), options))
        {
            rows++;
            if (rows % 10_000 == 0)
                peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
            GC.KeepAlive(item);
        }
        clock.Stop();
        peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{self.PeakWorkingSet64 / 1048576.0:F1} MiB | {peakHeap / 1048576.0:F1} MiB | {allocated / (double)rows:F0} B | {rows / clock.Elapsed.TotalSeconds:N0}"));
        return 0;
    }
}
