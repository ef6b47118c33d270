using System.Globalization;

namespace FetchRun.Reviews.Reading;

/// <summary>Limits and policies for <see cref="ShardReader"/>. The defaults suit the review corpus.</summary>
public sealed record ShardReaderOptions
{
    /// <summary>The default options.</summary>
    public static ShardReaderOptions Default { get; } = new();

    /// <summary>
    /// The longest line (for CSV, record) kept, in bytes, not counting the line break. A longer one is
    /// quarantined without being held in memory. Default 1 MiB (1,048,576); allowed 256 to 64 MiB.
    /// </summary>
    public int MaxLineBytes { get; init; } = ShardReaderDefaults.MaxLineBytes;

    /// <summary>
    /// How many bytes of a bad line are kept in <see cref="QuarantinedLine.Raw"/>; the rest is replaced by
    /// <c>…</c>. Default 2,048; at least 16.
    /// </summary>
    public int MaxRawBytes { get; init; } = ShardReaderDefaults.MaxRawBytes;

    /// <summary>
    /// When true (the default) a row whose review_id was already read from the same shard is quarantined as
    /// <c>review_id: duplicate of line N</c> and the first one is kept. The reader then remembers a 64-bit hash
    /// and a line number per good row (about 30 bytes a row): the only state that grows with the shard.
    /// Turn it off for very large shards; the sinks upsert by review_id, so duplicates are not stored twice anyway.
    /// </summary>
    public bool RejectDuplicateIds { get; init; } = ShardReaderDefaults.RejectDuplicateIds;

    /// <summary>
    /// The most bytes read from one shard after decompression (for an uncompressed shard, its size). Past it the
    /// shard fails with exit code 65 naming the shard and the last line read, so a gzip bomb cannot fill the disk,
    /// memory or the job's time; rows before it are handled like those before any other unusable input.
    /// Default 4 GiB (4,294,967,296); at least 1,024. Job parameter <c>max-shard-bytes</c> (see <see cref="FromParams"/>).
    /// </summary>
    public long MaxShardBytes { get; init; } = ShardReaderDefaults.MaxShardBytes;

    /// <summary>
    /// The defaults, with <see cref="MaxShardBytes"/> from the job parameter <c>max-shard-bytes</c> (a whole number
    /// of bytes) when given.
    /// </summary>
    /// <param name="parameters">The job's parameters.</param>
    /// <returns>The options.</returns>
    /// <exception cref="JobFailedException">Exit code 64 when <c>max-shard-bytes</c> is not a whole number of at least 1,024.</exception>
    public static ShardReaderOptions FromParams(JobParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        const string name = ShardReaderDefaults.MaxShardBytesParameter;
        if (!parameters.TryGetValue(name, out var text))
            return Default;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) || bytes < ShardReaderDefaults.MinMaxShardBytes)
            throw new JobFailedException(ExitCodes.Usage,
                string.Create(CultureInfo.InvariantCulture, $"parameter '{name}' must be a whole number of bytes, at least {ShardReaderDefaults.MinMaxShardBytes}, not '{text}'."));
        return new ShardReaderOptions { MaxShardBytes = bytes };
    }

    /// <summary>Checks every limit and reports all the problems in one message.</summary>
    /// <exception cref="ArgumentException">A limit is out of range.</exception>
    internal void Validate()
    {
        var problems = new List<string>();
        if (MaxLineBytes is < ShardReaderDefaults.MinMaxLineBytes or > ShardReaderDefaults.MaxMaxLineBytes)
            problems.Add($"MaxLineBytes is {MaxLineBytes}; allowed {ShardReaderDefaults.MinMaxLineBytes} to {ShardReaderDefaults.MaxMaxLineBytes}");
        if (MaxRawBytes < ShardReaderDefaults.MinMaxRawBytes)
            problems.Add($"MaxRawBytes is {MaxRawBytes}; it must be at least {ShardReaderDefaults.MinMaxRawBytes}");
        if (MaxShardBytes < ShardReaderDefaults.MinMaxShardBytes)
            problems.Add($"MaxShardBytes is {MaxShardBytes}; it must be at least {ShardReaderDefaults.MinMaxShardBytes}");
        if (problems.Count > 0)
            throw new ArgumentException("Invalid shard reader options: " + string.Join("; ", problems) + ".");
    }
}
