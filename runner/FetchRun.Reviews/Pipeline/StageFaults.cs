namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// The first failure of any stage or call, and the token that stops every other stage when it happens: a stage blocked
/// on a channel that nobody reads any more would otherwise wait for ever.
/// </summary>
internal sealed class StageFaults(CancellationTokenSource abort)
{
    private Exception? _first;

    public CancellationToken Token => abort.Token;

    /// <summary>The failure that stopped the run; null when none did (or only the flush timeout cancelled it).</summary>
    public Exception? First => Volatile.Read(ref _first);

    /// <summary>Runs <paramref name="body"/>, recording instead of throwing; the returned task never faults.</summary>
    public async Task GuardAsync(Func<Task> body)
    {
        try
        {
            await body().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Record(e);
        }
    }

    private void Record(Exception e)
    {
        // Once the run is aborting, the other stages end with cancellations: they are echoes, not causes.
        if (e is not OperationCanceledException || !abort.IsCancellationRequested)
            Interlocked.CompareExchange(ref _first, e, null);
        abort.Cancel();
    }
}
