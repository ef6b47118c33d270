namespace FetchRun.Reviews.Reading;

/// <summary>The shard format named by a file's extension, case-insensitively, with an optional <c>.gz</c> after it
/// (a query string is ignored).</summary>
internal static class ShardFormats
{
    public static ShardFormat FromFileName(string fileName)
    {
        // A presigned HTTPS URL carries its signature in the query string.
        var query = fileName.IndexOf('?', StringComparison.Ordinal);
        var name = (query >= 0 ? fileName[..query] : fileName).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
            name = name[..^3];
        if (name.EndsWith(".jsonl", StringComparison.Ordinal) || name.EndsWith(".ndjson", StringComparison.Ordinal) ||
            name.EndsWith(".json", StringComparison.Ordinal))
            return ShardFormat.JsonLines;
        if (name.EndsWith(".csv", StringComparison.Ordinal))
            return ShardFormat.Csv;
        throw new JobFailedException(ExitCodes.DataError, QuarantineReasons.UnknownExtension(fileName));
    }
}
