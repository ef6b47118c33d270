namespace FetchRun.Reviews.Pipeline;

/// <summary>A progress line at most every ten seconds, so long runs show life without flooding the log.</summary>
internal sealed class ProgressLog(IJobLog log, TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private DateTimeOffset _next = clock.GetUtcNow() + Interval;

    public void Report(RunCounters counters)
    {
        var now = clock.GetUtcNow();
        if (now < _next)
            return;
        _next = now + Interval;
        log.Info("progress", ("read", counters.Read), ("written", counters.Written), ("skipped", counters.Skipped),
            ("quarantined", counters.Quarantined), ("translate_calls", counters.TranslateCalls));
    }
}
