namespace FetchRun.Reviews.Reading;

/// <summary>
/// Raised inside the reader when a shard passes <see cref="ShardReaderOptions.MaxShardBytes"/>; the reader turns it
/// into exit code 65 with the shard and line. Not an <see cref="IOException"/>: that would mean "retry" (75).
/// </summary>
internal sealed class ShardTooLargeException(long limit) : Exception($"more than {limit} bytes after decompression");
