namespace FetchRun.Sdk.Storage;

/// <summary>
/// Dispatches by scheme. The S3 client is created on first use only, so that a job that never
/// touches S3 never loads the AWS SDK (it costs start-up time).
/// </summary>
public sealed class ObjectStore : IObjectStore, IDisposable
{
    private readonly Lock _gate = new();
    private readonly IObjectBackend _files = new FileBackend();
    private IObjectBackend? _s3;
    private IObjectBackend? _https;

    /// <inheritdoc />
    public Task<StoredObject> ReadAsync(ObjectUri uri, CancellationToken cancellationToken) =>
        Backend(uri).ReadAsync(uri, cancellationToken);

    /// <inheritdoc />
    public Task<Stream> OpenReadAsync(ObjectUri uri, CancellationToken cancellationToken) =>
        Backend(uri).OpenReadAsync(uri, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ObjectUri>> ListAsync(ObjectUri prefix, CancellationToken cancellationToken) =>
        Backend(prefix).ListAsync(prefix, cancellationToken);

    /// <inheritdoc />
    public Task WriteAsync(ObjectUri uri, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        Backend(uri).WriteAsync(uri, content, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        (_s3 as IDisposable)?.Dispose();
        (_https as IDisposable)?.Dispose();
    }

    private IObjectBackend Backend(ObjectUri uri) => uri.Scheme switch
    {
        ObjectScheme.File => _files,
        ObjectScheme.S3 => _s3 ?? Create(ref _s3, CreateS3),
        _ => _https ?? Create(ref _https, static () => new HttpsBackend()),
    };

    private IObjectBackend Create(ref IObjectBackend? slot, Func<IObjectBackend> factory)
    {
        lock (_gate)
            return slot ??= factory();
    }

    private static IObjectBackend CreateS3() => new S3Backend(S3ClientFactory.Create());
}
