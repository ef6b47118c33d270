namespace FetchRun.Sdk.Reviews.Reading;

/// <summary>The defaults of <see cref="ShardReaderOptions"/> and the bounds they are checked against.</summary>
internal static class ShardReaderDefaults
{
    public const int MaxLineBytes = 1024 * 1024;
    public const int MinMaxLineBytes = 256;
    public const int MaxMaxLineBytes = 64 * 1024 * 1024;

    public const int MaxRawBytes = 2048;
    public const int MinMaxRawBytes = 16;

    public const bool RejectDuplicateIds = true;

    /// <summary>Size of the first read buffer; it grows towards MaxLineBytes only when a line needs it.</summary>
    public const int InitialBufferBytes = 64 * 1024;
}
