// TEMPORARY STUB — not committed; replaced by the shards branch.
using FetchRun.Sdk.Storage;
namespace FetchRun.Sdk.Reviews.Reading;
/// <summary>stub</summary>
public static class ShardReader
{
    /// <summary>stub</summary>
    public static IAsyncEnumerable<ShardItem> ReadAsync(IObjectStore store, ObjectUri shard, object? options = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
