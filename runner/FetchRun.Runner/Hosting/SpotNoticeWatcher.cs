using System.Net;
using System.Text.Json;
using FetchRun.Runner.Bootstrap;
using FetchRun.Sdk;

namespace FetchRun.Runner.Hosting;

/// <summary>
/// Polls the instance metadata service (IMDSv2: token first) for a Spot interruption notice every 5 s and
/// stops the job when one appears: two minutes of warning instead of ECS's 30 s. Active on Batch or when
/// <c>AWS_EC2_METADATA_SERVICE_ENDPOINT</c> is set; off when <c>AWS_EC2_METADATA_DISABLED=true</c> or the
/// service does not answer.
/// </summary>
internal sealed class SpotNoticeWatcher(Uri endpoint, IJobLog log, Action<string> onNotice, TimeSpan interval)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);
    private const string DefaultEndpoint = "http://169.254.169.254/";
    private const string TokenPath = "latest/api/token";
    private const string NoticePath = "latest/meta-data/spot/instance-action";

    /// <summary>The watcher for this environment, or null when it should stay off.</summary>
    public static SpotNoticeWatcher? Create(IEnvironment env, JobInfo job, IJobLog log, Action<string> onNotice)
    {
        if (string.Equals(env.Get(EnvironmentVariables.MetadataDisabled), "true", StringComparison.OrdinalIgnoreCase))
            return null;
        var configured = env.Get(EnvironmentVariables.MetadataEndpoint);
        if (configured is null && !job.OnBatch)
            return null;
        var text = configured ?? DefaultEndpoint;
        return new SpotNoticeWatcher(new Uri(text.EndsWith('/') ? text : text + "/"), log, onNotice, DefaultInterval);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(2) };
        string? token = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                token ??= await TokenAsync(http, cancellationToken).ConfigureAwait(false);
                if (token is null)
                {
                    log.Info("spot notice watcher off: instance metadata did not answer", ("endpoint", endpoint.ToString()));
                    return;
                }
                using var request = new HttpRequestMessage(HttpMethod.Get, NoticePath);
                request.Headers.Add("X-aws-ec2-metadata-token", token);
                using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                    token = null;
                else if (response.IsSuccessStatusCode)
                {
                    var notice = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                    log.Warn("spot interruption notice received", ("notice", Describe(notice)));
                    onNotice($"spot interruption notice ({Describe(notice)})");
                    return;
                }
                await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            log.Warn("spot notice watcher stopped: instance metadata failed", ("error", e.Message));
        }
    }

    private static async Task<string?> TokenAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, TokenPath);
            request.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "21600");
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false) : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static string Describe(string notice)
    {
        try
        {
            using var json = JsonDocument.Parse(notice);
            var action = json.RootElement.TryGetProperty("action", out var a) ? a.GetString() : "?";
            var time = json.RootElement.TryGetProperty("time", out var t) ? t.GetString() : "?";
            return $"{action} at {time}";
        }
        catch (JsonException)
        {
            return notice.Length > 200 ? notice[..200] : notice;
        }
    }
}
