using System.Globalization;
using System.Net;

namespace FetchRun.Runner.Hosting;

/// <summary>
/// IMDSv2 requests with a session token: fetched with a PUT, reused until shortly before its TTL runs out, and
/// fetched again when it expires or the service refuses it (401: expired or invalid token). See
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-v2-how-it-works.html.
/// </summary>
internal sealed class MetadataSession(HttpClient http, TimeProvider clock, TimeSpan tokenTtl)
{
    private const string TokenPath = "latest/api/token";
    private string? _token;
    private DateTimeOffset _renewAt;

    /// <summary>Fetches a token unless a valid one is held.</summary>
    /// <exception cref="HttpRequestException">The service did not answer, or answered with an error (StatusCode set).</exception>
    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is not null && clock.GetUtcNow() < _renewAt)
            return _token;
        _token = null;
        using var request = new HttpRequestMessage(HttpMethod.Put, TokenPath);
        request.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", ((int)tokenTtl.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"token request answered HTTP {(int)response.StatusCode}", null, response.StatusCode);
        var token = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        // Renew a little early, so that a token never expires between this check and the request that uses it.
        _renewAt = clock.GetUtcNow() + tokenTtl - TimeSpan.FromSeconds(Math.Min(60, tokenTtl.TotalSeconds / 10));
        return _token = token;
    }

    /// <summary>GETs a metadata path with the token: the body, or null when the item does not exist (404).</summary>
    /// <exception cref="HttpRequestException">No answer, an error status, or 401 (the token is then dropped).</exception>
    public async Task<string?> GetAsync(string path, CancellationToken cancellationToken)
    {
        var token = await TokenAsync(cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-aws-ec2-metadata-token", token);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        switch (response.StatusCode)
        {
            case HttpStatusCode.NotFound:
                return null;
            case HttpStatusCode.Unauthorized:
                _token = null;
                throw new HttpRequestException("the metadata token was refused (HTTP 401)", null, response.StatusCode);
            case var status when !response.IsSuccessStatusCode:
                throw new HttpRequestException($"{path} answered HTTP {(int)status}", null, status);
            default:
                return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
