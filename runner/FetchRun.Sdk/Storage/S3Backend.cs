using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using FetchRun.Sdk.Retries;

namespace FetchRun.Sdk.Storage;

/// <summary>
/// S3 through AWSSDK.S3. The SDK retries throttling and 5xx with backoff itself; what still fails
/// after that is retried a few more times here for network errors, then becomes exit code 75.
/// </summary>
internal sealed class S3Backend(IAmazonS3 client) : IObjectBackend, IDisposable
{
    private readonly TransientRetry _retry = TransientRetry.ForStorage(IsTransient);

    public async Task<StoredObject> ReadAsync(ObjectUri uri, CancellationToken cancellationToken)
    {
        return await Run(uri, async ct =>
        {
            using var response = await client.GetObjectAsync(Request(uri), ct).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, ct).ConfigureAwait(false);
            return new StoredObject(uri, buffer.ToArray(), response.ETag, NullIfNone(response.VersionId));
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Stream> OpenReadAsync(ObjectUri uri, CancellationToken cancellationToken)
    {
        var response = await Run(uri, ct => client.GetObjectAsync(Request(uri), ct), cancellationToken).ConfigureAwait(false);
        return response.ResponseStream;
    }

    public Task<IReadOnlyList<ObjectUri>> ListAsync(ObjectUri prefix, CancellationToken cancellationToken) =>
        Run<IReadOnlyList<ObjectUri>>(prefix, async ct =>
        {
            var keys = new List<string>();
            var request = new ListObjectsV2Request { BucketName = prefix.Bucket, Prefix = prefix.Location };
            ListObjectsV2Response page;
            do
            {
                page = await client.ListObjectsV2Async(request, ct).ConfigureAwait(false);
                keys.AddRange((page.S3Objects ?? []).Select(o => o.Key).Where(k => !k.EndsWith('/')));
                request.ContinuationToken = page.NextContinuationToken;
            } while (page.IsTruncated == true);
            keys.Sort(StringComparer.Ordinal);
            return keys.Select(prefix.Child).ToList();
        }, cancellationToken);

    public Task WriteAsync(ObjectUri uri, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        Run(uri, async ct =>
        {
            using var body = new MemoryStream(content.ToArray(), writable: false);
            var request = new PutObjectRequest
            {
                BucketName = uri.Bucket, Key = uri.Location, InputStream = body, AutoCloseStream = false, ContentType = ContentTypeFor(uri.Location),
            };
            return await client.PutObjectAsync(request, ct).ConfigureAwait(false);
        }, cancellationToken);

    public void Dispose() => client.Dispose();

    private static GetObjectRequest Request(ObjectUri uri) =>
        new() { BucketName = uri.Bucket, Key = uri.Location, VersionId = uri.VersionId };

    /// <summary>
    /// The Content-Type S3 stores and serves back (https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html).
    /// Left unset, an .html object comes back as text/html with no charset (measured against moto in S3BackendTests), so a
    /// browser opening a run report from S3 would have to guess the encoding; the pages FetchRun writes are UTF-8.
    /// </summary>
    private static string? ContentTypeFor(string key) =>
        key.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || key.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? "text/html; charset=utf-8"
            : null;

    private static string? NullIfNone(string? versionId) => versionId is null or "null" ? null : versionId;

    private async Task<T> Run<T>(ObjectUri uri, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.RunAsync(action,
                (e, attempts) => StorageErrors.Unavailable(uri, attempts, e), cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound || e.ErrorCode is "NoSuchKey" or "NoSuchBucket" or "NoSuchVersion")
        {
            throw StorageErrors.NotFound(uri, e.ErrorCode);
        }
        catch (AmazonS3Exception e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            throw StorageErrors.AccessDenied(uri, $"{e.ErrorCode}: {e.Message}");
        }
        catch (AmazonServiceException e) when (e.StatusCode == HttpStatusCode.BadRequest && e.ErrorCode is "InvalidArgument")
        {
            throw new JobFailedException(ExitCodes.Usage, $"S3 refused {uri}: {e.Message}", e);
        }
        catch (AmazonClientException e)
        {
            // Credentials or configuration missing: retrying will not help.
            throw new JobFailedException(ExitCodes.PermissionDenied, $"cannot call S3 for {uri}: {e.Message}", e);
        }
    }

    private static bool IsTransient(Exception e) => e switch
    {
        AmazonServiceException s => (int)s.StatusCode >= 500 || s.StatusCode == HttpStatusCode.TooManyRequests || s.ErrorCode is "SlowDown" or "RequestTimeout",
        HttpRequestException or IOException or TimeoutException => true,
        TaskCanceledException => true,
        _ => false,
    };
}
