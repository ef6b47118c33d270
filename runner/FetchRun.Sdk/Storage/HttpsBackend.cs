using System.Net;
using FetchRun.Sdk.Retries;

namespace FetchRun.Sdk.Storage;

/// <summary>Read-only HTTPS objects (scripts published on a web server), retried on 429 and 5xx.</summary>
internal sealed class HttpsBackend : IObjectBackend, IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly TransientRetry _retry = TransientRetry.ForStorage(IsTransient);

    public async Task<StoredObject> ReadAsync(ObjectUri uri, CancellationToken cancellationToken)
    {
        using var response = await Send(uri, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new StoredObject(uri, bytes, response.Headers.ETag?.Tag, null);
    }

    public async Task<Stream> OpenReadAsync(ObjectUri uri, CancellationToken cancellationToken)
    {
        var response = await Send(uri, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<ObjectUri>> ListAsync(ObjectUri prefix, CancellationToken cancellationToken) =>
        throw new JobFailedException(ExitCodes.Usage, $"{prefix} is an https:// prefix; only s3:// prefixes and local directories can be listed.");

    public Task WriteAsync(ObjectUri uri, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        throw new JobFailedException(ExitCodes.Usage, $"{uri}: https:// locations are read-only.");

    public void Dispose() => _http.Dispose();

    private static bool IsTransient(Exception e) => e switch
    {
        HttpRequestException { StatusCode: { } status } => (int)status >= 500 || status == HttpStatusCode.TooManyRequests,
        HttpRequestException or IOException or TaskCanceledException => true,
        _ => false,
    };

    private Task<HttpResponseMessage> Send(ObjectUri uri, CancellationToken cancellationToken) =>
        _retry.RunAsync(async ct =>
        {
            var response = await _http.GetAsync(new Uri(uri.Location), HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
                return response;
            response.Dispose();
            throw response.StatusCode switch
            {
                HttpStatusCode.NotFound or HttpStatusCode.Gone => StorageErrors.NotFound(uri, $"HTTP {(int)response.StatusCode}"),
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => StorageErrors.AccessDenied(uri, $"HTTP {(int)response.StatusCode}"),
                _ => new HttpRequestException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode),
            };
        },
        (e, attempts) => StorageErrors.Unavailable(uri, attempts, e), cancellationToken);
}
