namespace FetchRun.Sdk.Storage;

/// <summary>Exponential backoff with full jitter: attempt n waits a random time in [0, min(cap, base·2ⁿ)].</summary>
internal sealed class Backoff(TimeSpan baseDelay, TimeSpan cap, int maxAttempts)
{
    public static Backoff Default { get; } = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5), 5);

    public int MaxAttempts { get; } = maxAttempts;

    public TimeSpan Delay(int attempt)
    {
        var ceiling = Math.Min(cap.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }

    /// <summary>Runs <paramref name="action"/>, retrying while <paramref name="isTransient"/> says so.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> action, Func<Exception, bool> isTransient,
        Func<Exception, int, Exception> giveUp, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && isTransient(e))
            {
                if (attempt >= MaxAttempts)
                    throw giveUp(e, attempt);
                await Task.Delay(Delay(attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
