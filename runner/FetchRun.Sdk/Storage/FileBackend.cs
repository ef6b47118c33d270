namespace FetchRun.Sdk.Storage;

internal sealed class FileBackend : IObjectBackend
{
    public async Task<StoredObject> ReadAsync(ObjectUri uri, CancellationToken cancellationToken)
    {
        var bytes = await Guard(uri, () => File.ReadAllBytesAsync(uri.Location, cancellationToken)).ConfigureAwait(false);
        return new StoredObject(uri, bytes, null, null);
    }

    public Task<Stream> OpenReadAsync(ObjectUri uri, CancellationToken cancellationToken) =>
        Guard(uri, () => Task.FromResult<Stream>(new FileStream(uri.Location, FileMode.Open, FileAccess.Read,
            FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan)));

    public Task<IReadOnlyList<ObjectUri>> ListAsync(ObjectUri prefix, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(prefix.Location))
            throw StorageErrors.NotFound(prefix, "no such directory");
        IReadOnlyList<ObjectUri> files = Directory
            .EnumerateFiles(prefix.Location, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(prefix.Child)
            .ToList();
        return Task.FromResult(files);
    }

    public async Task WriteAsync(ObjectUri uri, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(uri.Location)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(uri.Location)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, uri.Location, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task<T> Guard<T>(ObjectUri uri, Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw StorageErrors.NotFound(uri);
        }
        catch (UnauthorizedAccessException)
        {
            throw StorageErrors.AccessDenied(uri);
        }
    }
}
