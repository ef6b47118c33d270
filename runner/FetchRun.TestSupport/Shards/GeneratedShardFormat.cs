namespace FetchRun.TestSupport.Shards;

/// <summary>The layout of a generated shard (kept apart from the SDK's enum so test support needs no SDK reference).</summary>
public enum GeneratedShardFormat
{
    JsonLines,
    Csv,
}
