namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// The reviews read but not yet stored (<see cref="ReviewPipelineOptions.MaxInFlight"/> at most). The reader enters,
/// the writer leaves; when the reader finds it full it asks once for a flush (see <see cref="StageItem"/>).
/// </summary>
internal sealed class ReviewWindow(int size) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(size, size);
    private int _flushPending;

    public bool TryEnter() => _slots.Wait(0);

    public Task EnterAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    public void Leave(int reviews)
    {
        if (reviews > 0)
            _slots.Release(reviews);
    }

    /// <summary>True for the one caller that should send a flush marker; false while one is already on its way.</summary>
    public bool TryClaimFlush() => Interlocked.Exchange(ref _flushPending, 1) == 0;

    /// <summary>The marker reached the last buffering stage: the next full window may ask again.</summary>
    public void FlushDone() => Volatile.Write(ref _flushPending, 0);

    public void Dispose() => _slots.Dispose();
}
