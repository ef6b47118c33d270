namespace FetchRun.Sdk.Storage;

/// <summary>
/// Reads and writes scripts, inputs and cache entries in S3, local files or HTTPS, with retries.
/// Failures surface as <see cref="JobFailedException"/> with exit code 66 (not found),
/// 77 (access denied) or 75 (still failing after retries).
/// </summary>
public interface IObjectStore
{
    /// <summary>Reads a whole object, with its ETag and version id where the store has them.</summary>
    Task<StoredObject> ReadAsync(ObjectUri uri, CancellationToken cancellationToken);

    /// <summary>Opens an object for streaming. The caller disposes the stream.</summary>
    Task<Stream> OpenReadAsync(ObjectUri uri, CancellationToken cancellationToken);

    /// <summary>Lists the objects under a prefix (S3 prefix or local directory), sorted by ordinal key order.</summary>
    Task<IReadOnlyList<ObjectUri>> ListAsync(ObjectUri prefix, CancellationToken cancellationToken);

    /// <summary>Writes an object whole; local writes are atomic (temporary file, then rename).</summary>
    Task WriteAsync(ObjectUri uri, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);
}

/// <summary>An object read whole.</summary>
/// <param name="Uri">Where it was read from.</param>
/// <param name="Content">Its bytes.</param>
/// <param name="ETag">The S3 or HTTP ETag, when there is one.</param>
/// <param name="VersionId">The S3 version id, when the bucket is versioned.</param>
public sealed record StoredObject(ObjectUri Uri, byte[] Content, string? ETag, string? VersionId);
