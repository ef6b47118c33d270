namespace FetchRun.Reviews.Reading;

/// <summary>The defaults of <see cref="ShardReaderOptions"/> and the bounds they are checked against.</summary>
internal static class ShardReaderDefaults
{
    public const int MaxLineBytes = 1024 * 1024;
    public const int MinMaxLineBytes = 256;
    public const int MaxMaxLineBytes = 64 * 1024 * 1024;

    public const int MaxRawBytes = 2048;
    public const int MinMaxRawBytes = 16;

    public const bool RejectDuplicateIds = true;

    /// <summary>4 GiB: well above a corpus shard (hundreds of MB), far below what a gzip bomb expands to.</summary>
    public const long MaxShardBytes = 4L * 1024 * 1024 * 1024;
    public const long MinMaxShardBytes = 1024;

    /// <summary>The job parameter that sets <see cref="ShardReaderOptions.MaxShardBytes"/>.</summary>
    public const string MaxShardBytesParameter = "max-shard-bytes";

    /// <summary>Size of the first read buffer; it grows towards MaxLineBytes only when a line needs it.</summary>
    public const int InitialBufferBytes = 64 * 1024;
}
