using System.Globalization;
using FetchRun.TestSupport.Shards;

namespace FetchRun.Benchmarks.Shards;

/// <summary>
/// <c>generate &lt;output&gt; [rows] [seed] [--bad-rate r] [--dup-rate r] [--language-rate r] [--languages de,en]</c>:
/// writes a synthetic shard; the format comes from the output name (.jsonl / .csv, optionally .gz).
/// </summary>
internal sealed class GenerateShardHarness : IHarness
{
    public string Name => "generate";

    public string Description => "write a synthetic review shard: generate <out.jsonl|.csv[.gz]> [rows] [seed] [--bad-rate r] [--dup-rate r]";

    public Task<int> RunAsync(string[] args)
    {
        var positional = new List<string>();
        var options = new ShardGeneratorOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--bad-rate": options = options with { BadLineRate = Rate(args[++i]) }; break;
                case "--dup-rate": options = options with { DuplicateTextRate = Rate(args[++i]) }; break;
                case "--language-rate": options = options with { LanguageGivenRate = Rate(args[++i]) }; break;
                case "--languages": options = options with { Languages = args[++i].Split(',') }; break;
                case "--id-prefix": options = options with { IdPrefix = args[++i] }; break;
                default: positional.Add(args[i]); break;
            }
        }
        if (positional.Count is < 1 or > 3)
        {
            Console.Error.WriteLine("usage: generate <out.jsonl|out.csv[.gz]> [rows=1000] [seed=1] [--bad-rate r] [--dup-rate r] [--language-rate r] [--languages de,en,...] [--id-prefix p]");
            return Task.FromResult(64);
        }
        var path = positional[0];
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        options = options with
        {
            Rows = positional.Count > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : options.Rows,
            Seed = positional.Count > 2 ? int.Parse(positional[2], CultureInfo.InvariantCulture) : options.Seed,
            Format = name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? GeneratedShardFormat.Csv : GeneratedShardFormat.JsonLines,
            Gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase),
        };
        var summary = ShardGenerator.WriteFile(path, options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {summary.Lines} lines, {summary.GoodRows} good rows, {summary.BadLines} bad lines, {summary.DistinctBodies} distinct bodies; good rows by language: {string.Join(", ", summary.GoodRowsByLanguage.Select(kv => $"{kv.Key} {kv.Value}"))}"));
        return Task.FromResult(0);
    }

    private static double Rate(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
