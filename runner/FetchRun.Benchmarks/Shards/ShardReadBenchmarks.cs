using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using FetchRun.Reviews.Reading;
using FetchRun.TestSupport.Shards;

namespace FetchRun.Benchmarks.Shards;

/// <summary>
/// Read throughput of <see cref="ShardReader"/> per format against a baseline that only counts lines with a
/// StreamReader over the same bytes (decompressing too for gzip). Rows per second = 1 / (mean per row).
/// Run: <c>dotnet run -c Release --project runner/FetchRun.Benchmarks -- --filter '*ShardReadBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ShardReadBenchmarks
{
    private const int Rows = 20_000;
    private byte[] _shard = [];

    [Params("jsonl", "jsonl.gz", "csv")]
    public string Format { get; set; } = "jsonl";

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        ShardGenerator.Write(stream, new ShardGeneratorOptions
        {
            Rows = Rows,
            Seed = 42,
            BadLineRate = 0.01,
            Format = Format.StartsWith("csv", StringComparison.Ordinal) ? GeneratedShardFormat.Csv : GeneratedShardFormat.JsonLines,
            Gzip = Format.EndsWith(".gz", StringComparison.Ordinal),
        });
        _shard = stream.ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public int CountLines()
    {
        using Stream input = Format.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(new MemoryStream(_shard), CompressionMode.Decompress)
            : new MemoryStream(_shard);
        using var reader = new StreamReader(input, Encoding.UTF8);
        var lines = 0;
        while (reader.ReadLine() is not null)
            lines++;
        return lines;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public async Task<int> ReadShard()
    {
        using var input = new MemoryStream(_shard);
        var format = Format.StartsWith("csv", StringComparison.Ordinal) ? ShardFormat.Csv : ShardFormat.JsonLines;
        var reviews = 0;
        await foreach (var item in ShardReader.ReadAsync(input, "bench", format))
        {
            if (item.Review is not null)
                reviews++;
        }
        return reviews;
    }
}
