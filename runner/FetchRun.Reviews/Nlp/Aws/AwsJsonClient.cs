using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime.Signing;
using FetchRun.Reviews.Nlp.Aws.Wire;
using FetchRun.Sdk.Storage;

namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// One AWS JSON 1.1 service: signs each attempt afresh with SigV4, waits for the operation's adaptive
/// rate, retries throttling, 5xx and network errors with full-jitter backoff within the attempt, time and
/// retry-quota budget, and turns what is left into <see cref="AwsServiceException"/> or <see cref="JobFailedException"/>.
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

    /// <summary>
    /// Calls <paramref name="operation"/> within its <paramref name="budget"/>: each attempt waits for the operation's
    /// adaptive rate and reports back whether it was throttled; each retry spends the operation's retry quota.
    /// Throws <see cref="AwsServiceException"/> for errors charged to the request's documents, and
    /// <see cref="JobFailedException"/> (exit 75) when transient errors outlast the attempts, the time budget or the retry quota.
    /// </summary>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(string operation, TRequest request,
        JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, OperationBudget budget,
        CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        // The retry time counts attempts and backoff only: waiting for this process's own rate is not the service failing.
        var spent = TimeSpan.Zero;
        var lastRetryCost = 0;
        for (var attempt = 1; ; attempt++)
        {
            var ticket = await budget.Rate.AcquireAsync(cancellationToken).ConfigureAwait(false);
            var sent = _clock.GetTimestamp();
            try
            {
                var response = await SendAsync(operation, body, responseType, cancellationToken).ConfigureAwait(false);
                budget.Rate.OnAnswer(throttled: false, ticket);
                budget.Retries.OnSuccess(lastRetryCost);
                return response;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && AwsErrors.IsTransient(e))
            {
                budget.Rate.OnAnswer(AwsErrors.IsThrottling(e), ticket);
                spent += _clock.GetElapsedTime(sent);
                var delay = _backoff.Delay(attempt);
                var why = attempt >= _backoff.MaxAttempts || spent + delay > _settings.Options.MaxRetryTime
                    ? $"after {attempt} attempts in {spent.TotalSeconds:0.0} s"
                    : !budget.Retries.TryAcquire(e is TimeoutException, out lastRetryCost)
                        ? $"after {attempt} attempts in {spent.TotalSeconds:0.0} s, with the retry quota of {operation} spent"
                        : null;
                if (why is not null)
                    throw new JobFailedException(ExitCodes.Temporary, $"{_signingName} {operation} still failing {why}: {e.Message}", e);
                spent += delay;
                await Task.Delay(delay, _clock, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException e) when (!AwsErrors.IsPerDocument(e))
            {
                budget.Rate.OnAnswer(throttled: false, ticket);
                throw new JobFailedException(AwsErrors.ExitCodeFor(e), $"{_signingName} {operation} refused: {e.Message}", e);
            }
            catch (AwsServiceException)
            {
                // A refusal of the documents: an answer for the rate meter, but not a success that refunds retry quota.
                budget.Rate.OnAnswer(throttled: false, ticket);
                throw;
            }
        }
    }

    /// <summary>The clock's timestamp, to start a call's retry budget (see <see cref="WaitToResendAsync"/>).</summary>
    public long Now() => _clock.GetTimestamp();

    /// <summary>
    /// Before re-sending the documents of a call that came back with transient per-document errors: spends one retry of
    /// the operation's quota and waits the backoff of <paramref name="attempt"/>, or returns null when the call's budget
    /// (attempts, retry time since <paramref name="started"/>, the quota) is spent. Returns the quota spent otherwise.
    /// </summary>
    public async Task<int?> WaitToResendAsync(OperationBudget budget, int attempt, long started, CancellationToken cancellationToken)
    {
        var delay = _backoff.Delay(attempt);
        if (attempt >= _backoff.MaxAttempts || _clock.GetElapsedTime(started) + delay > _settings.Options.MaxRetryTime
            || !budget.Retries.TryAcquire(afterTimeout: false, out var cost))
            return null;
        await Task.Delay(delay, _clock, cancellationToken).ConfigureAwait(false);
        return cost;
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
