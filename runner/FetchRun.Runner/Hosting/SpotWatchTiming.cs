namespace FetchRun.Runner.Hosting;

/// <summary>How often and how patiently the Spot watcher asks the instance metadata service.</summary>
/// <param name="Interval">Between two checks for a notice: 5 s, as the EC2 user guide recommends
/// (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html).</param>
/// <param name="RequestTimeout">Per request; the service answers on the instance itself, so a slow answer is a failure.</param>
/// <param name="TokenTtl">The IMDSv2 session token's lifetime, at most six hours
/// (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-v2-how-it-works.html).</param>
/// <param name="FirstRetryDelay">The first wait after a failed check; it doubles (with jitter) up to <paramref name="MaxRetryDelay"/>.</param>
/// <param name="MaxRetryDelay">The longest wait between failed checks, well inside the two minutes a notice gives.</param>
/// <param name="StartAttempts">How many token requests must go unanswered at start before the watcher concludes there is no metadata service.</param>
internal sealed record SpotWatchTiming(
    TimeSpan Interval,
    TimeSpan RequestTimeout,
    TimeSpan TokenTtl,
    TimeSpan FirstRetryDelay,
    TimeSpan MaxRetryDelay,
    int StartAttempts)
{
    public static SpotWatchTiming Default { get; } = new(
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2), TimeSpan.FromHours(6), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20), 3);
}
