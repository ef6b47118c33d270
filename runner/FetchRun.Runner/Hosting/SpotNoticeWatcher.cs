using System.Net;
using System.Text.Json;
using FetchRun.Runner.Bootstrap;
using FetchRun.Sdk;
using Polly;
using Polly.Retry;

namespace FetchRun.Runner.Hosting;

/// <summary>
/// Polls the instance metadata service (IMDSv2) for a Spot interruption notice (<c>spot/instance-action</c>,
/// present two minutes before EC2 stops or terminates the instance) and stops the job when one appears: two
/// minutes of warning instead of ECS's 30 s. Active on Batch or when <c>AWS_EC2_METADATA_SERVICE_ENDPOINT</c> is
/// set; off when <c>AWS_EC2_METADATA_DISABLED=true</c>, or when the service does not answer at start (not on
/// EC2, or a container more network hops away than the instance's hop limit allows). Once started, failures
/// (timeouts, 5xx, a refused token) are retried with exponential backoff for as long as the job runs: only
/// cancellation ends the watching.
/// </summary>
internal sealed class SpotNoticeWatcher(Uri endpoint, IJobLog log, Action<string> onNotice, TimeProvider clock, SpotWatchTiming timing)
{
    private const string DefaultEndpoint = "http://169.254.169.254/";
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
        return new SpotNoticeWatcher(new Uri(text.EndsWith('/') ? text : text + "/"), log, onNotice, TimeProvider.System, SpotWatchTiming.Default);
    }

    /// <summary>Watches until a notice arrives (then calls the callback), the service proves absent at start, or cancellation.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = endpoint, Timeout = timing.RequestTimeout };
        var session = new MetadataSession(http, clock, timing.TokenTtl);
        try
        {
            if (!await ReachableAsync(session, cancellationToken).ConfigureAwait(false))
                return;
            var poll = Pipeline(cancellationToken);
            while (true)
            {
                var notice = await poll.ExecuteAsync(async ct => await session.GetAsync(NoticePath, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                if (notice is not null)
                {
                    log.Warn("spot interruption notice received", ("notice", Describe(notice)));
                    onNotice($"spot interruption notice ({Describe(notice)})");
                    return;
                }
                await Task.Delay(timing.Interval, clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    // Any HTTP answer means a metadata service is there (a 5xx is retried later); none at all means there is none.
    // 403 means it is turned off for this instance.
    private async Task<bool> ReachableAsync(MetadataSession session, CancellationToken cancellationToken)
    {
        Exception? last = null;
        for (var attempt = 1; attempt <= timing.StartAttempts; attempt++)
        {
            try
            {
                await session.TokenAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Forbidden)
            {
                log.Info("spot notice watcher off: instance metadata is turned off for this instance", ("endpoint", endpoint.ToString()));
                return false;
            }
            catch (HttpRequestException e) when (e.StatusCode is not null)
            {
                return true;
            }
            catch (Exception e) when (IsTransient(e, cancellationToken))
            {
                last = e;
            }
        }
        log.Info("spot notice watcher off: instance metadata did not answer", ("endpoint", endpoint.ToString()), ("error", last?.Message));
        return false;
    }

    private ResiliencePipeline<string?> Pipeline(CancellationToken cancellationToken) =>
        new ResiliencePipelineBuilder<string?> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<string?>
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = timing.FirstRetryDelay,
                MaxDelay = timing.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e, cancellationToken)),
                OnRetry = args =>
                {
                    // Attempts 1, 2, 4, 8, …: a long outage is visible without a line every 20 s.
                    if (!int.IsPow2(args.AttemptNumber + 1))
                        return ValueTask.CompletedTask;
                    log.Warn("instance metadata failed; checking for a spot notice again after a pause",
                        ("error", args.Outcome.Exception?.Message), ("attempt", args.AttemptNumber + 1), ("retry_in_ms", (long)args.RetryDelay.TotalMilliseconds));
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    // A request timeout surfaces as TaskCanceledException without our token being cancelled.
    private static bool IsTransient(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException or TimeoutException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested;

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
