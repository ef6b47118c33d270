using Polly;
using Polly.Retry;

namespace FetchRun.Sdk.Retries;

/// <summary>
/// The one way FetchRun retries a failing call (object storage, the database, the NLP services; the Spot notice watcher
/// builds its own endless variant): Polly's retry strategy, exponential backoff from <c>firstDelay</c> up to
/// <c>maxDelay</c> (with Polly's decorrelated jitter unless turned off), at most <see cref="MaxAttempts"/> attempts, only
/// for failures the caller calls transient and never once the caller cancelled. What is still failing after the last
/// attempt becomes the caller's own error (e.g. a <see cref="JobFailedException"/> with exit code 75).
/// </summary>
internal sealed class TransientRetry
{
    private readonly Func<Exception, bool> _isTransient;
    private readonly ResiliencePipeline _pipeline;

    public TransientRetry(Func<Exception, bool> isTransient, TimeSpan firstDelay, TimeSpan maxDelay, int maxAttempts,
        TimeProvider? clock = null, bool jitter = true, Action<Exception>? beforeRetry = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        _isTransient = isTransient;
        MaxAttempts = maxAttempts;
        _pipeline = maxAttempts == 1 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder { TimeProvider = clock ?? TimeProvider.System }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e
                    && !args.Context.CancellationToken.IsCancellationRequested && isTransient(e)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = jitter,
                Delay = firstDelay,
                MaxDelay = maxDelay,
                MaxRetryAttempts = maxAttempts - 1,
                OnRetry = args =>
                {
                    beforeRetry?.Invoke(args.Outcome.Exception!);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Object storage (S3, HTTPS): 5 attempts, from 200 ms up to 5 s apart.</summary>
    public static TransientRetry ForStorage(Func<Exception, bool> isTransient) =>
        new(isTransient, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5), 5);

    public int MaxAttempts { get; }

    /// <summary>Runs <paramref name="action"/>; a failure still transient after the last attempt is thrown as
    /// <paramref name="giveUp"/>(failure, attempts) makes it.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> action, Func<Exception, int, Exception> giveUp,
        CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async ct => await action(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && _isTransient(e))
        {
            throw giveUp(e, MaxAttempts);
        }
    }
}
