namespace FetchRun.TestSupport.Shards;

/// <summary>What a generated shard holds, so tests can assert on the reader's output.</summary>
public sealed record GeneratedShardSummary(
    int Lines, int GoodRows, int BadLines, int DistinctBodies, IReadOnlyDictionary<string, int> GoodRowsByLanguage,
    IReadOnlyList<long> BadLineNumbers);
