using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime.Signing;
using FetchRun.Reviews.Nlp.Aws.Wire;
using FetchRun.Sdk.Storage;

namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// One AWS JSON 1.1 service: signs each attempt afresh with SigV4, waits for the operation's rate
/// limiter, retries throttling, 5xx and network errors with full-jitter backoff within the attempt and
/// time budget, and turns what is left into <see cref="AwsServiceException"/> or <see cref="JobFailedException"/>.
/// </summary>
internal sealed class AwsJsonClient
{
    private const string JsonContentType = "application/x-amz-json-1.1";
    private readonly HttpClient _http;
    private readonly AwsNlpSettings _settings;
    private readonly Uri _endpoint;
    private readonly string _signingName;
    private readonly string _targetPrefix;
    private readonly Backoff _backoff;
    private readonly TimeProvider _clock;

    public AwsJsonClient(HttpClient http, AwsNlpSettings settings, Uri endpoint, string signingName, string targetPrefix)
    {
        _http = http;
        _settings = settings;
        _endpoint = endpoint;
        _signingName = signingName;
        _targetPrefix = targetPrefix;
        var o = settings.Options;
        _backoff = new Backoff(o.RetryBaseDelay, o.RetryMaxDelay, o.MaxAttempts);
        _clock = o.TimeProvider;
    }

    /// <summary>Calls <paramref name="operation"/>; throws <see cref="AwsServiceException"/> for errors charged to the request's documents.</summary>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(string operation, TRequest request,
        JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, RateLimiter limiter,
        CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        long? started = null;
        for (var attempt = 1; ; attempt++)
        {
            await limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
            // The budget starts with the first send: queueing behind this job's own limiter is not the service failing.
            started ??= _clock.GetTimestamp();
            try
            {
                return await SendAsync(operation, body, responseType, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && AwsErrors.IsTransient(e))
            {
                var delay = _backoff.Delay(attempt);
                var spent = _clock.GetElapsedTime(started.Value);
                if (attempt >= _backoff.MaxAttempts || spent + delay > _settings.Options.MaxRetryTime)
                {
                    throw new JobFailedException(ExitCodes.Temporary,
                        $"{_signingName} {operation} still failing after {attempt} attempts in {spent.TotalSeconds:0.0} s: {e.Message}", e);
                }
                await Task.Delay(delay, _clock, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException e) when (!AwsErrors.IsPerDocument(e))
            {
                throw new JobFailedException(AwsErrors.ExitCodeFor(e), $"{_signingName} {operation} refused: {e.Message}", e);
            }
        }
    }

    private async Task<TResponse> SendAsync<TResponse>(string operation, byte[] body, JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
    {
        var target = $"{_targetPrefix}.{operation}";
        var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = _endpoint, Content = body };
        signing.Headers["Content-Type"] = JsonContentType;
        signing.Headers["X-Amz-Target"] = target;
        var parameters = new AWSSigV4Parameters
        {
            Credentials = _settings.Credentials.Value,
            Region = _settings.Region,
            Service = _signingName,
        };
        var signed = await AWSSigV4Signer.SignAsync(signing, parameters, cancellationToken).ConfigureAwait(false);

        using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        message.Content = new ByteArrayContent(body);
        message.Content.Headers.ContentType = new MediaTypeHeaderValue(JsonContentType);
        message.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        foreach (var (name, value) in signed.Headers)
            message.Headers.TryAddWithoutValidation(name, value);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_settings.Options.RequestTimeout);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {_settings.Options.RequestTimeout.TotalSeconds:0} s", e);
        }
        using (response)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                try
                {
                    return JsonSerializer.Deserialize(bytes, responseType)
                        ?? throw new HttpRequestException($"{operation}: empty answer");
                }
                catch (JsonException e)
                {
                    // A cut or garbled answer is a transport fault: worth another attempt.
                    throw new HttpRequestException($"{operation}: unreadable answer ({e.Message})", e);
                }
            }
            throw ToServiceException(response, bytes);
        }
    }

    private static AwsServiceException ToServiceException(HttpResponseMessage response, byte[] bytes)
    {
        ErrorBody? error = null;
        try
        {
            if (bytes.Length > 0)
                error = JsonSerializer.Deserialize(bytes, AwsNlpJsonContext.Default.ErrorBody);
        }
        catch (JsonException)
        {
            // A proxy or load balancer answered with something other than a service error; the status decides.
        }
        var raw = error?.Type
            ?? (response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.FirstOrDefault() : null)
            ?? $"Http{(int)response.StatusCode}";
        var text = error?.Message ?? error?.LowerMessage ?? response.ReasonPhrase ?? "";
        return new AwsServiceException(response.StatusCode, AwsErrors.ErrorName(raw), text);
    }
}
