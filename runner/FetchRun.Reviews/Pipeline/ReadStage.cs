using System.Collections.Concurrent;
using System.Threading.Channels;
using FetchRun.Reviews;
using FetchRun.Reviews.Reading;
using FetchRun.Reviews.Sinks;
using FetchRun.Sdk.Storage;

namespace FetchRun.Reviews.Pipeline;

/// <summary>Why the reader stopped before the end of its inputs.</summary>
internal enum ReadEnd
{
    Finished,
    StopRequested,
    TooManyBadLines,
}

/// <summary>
/// Reads the shards in order, skips reviews already stored (before any paid call), quarantines bad lines and ids
/// already in flight, and lets reviews into the window. Stops reading when asked to or when the bad-line share is over
/// the limit after <see cref="ReviewPipelineOptions.BadRateMinimumSample"/> lines; what it has let in is still finished.
/// </summary>
internal sealed class ReadStage(
    ReviewPipelineOptions options, IReviewSink sink, RunCounters counters, ReviewWindow window,
    ConcurrentDictionary<string, Review> inFlight, ChannelWriter<StageItem> output, ChannelWriter<WriteItem> toWriter)
{
    private readonly List<Review> _chunk = new(options.BatchSize);

    public ReadEnd End { get; private set; }

    public async Task RunAsync(Func<ObjectUri, IAsyncEnumerable<ShardItem>> read, IReadOnlyList<ObjectUri> inputs,
        CancellationToken stop, CancellationToken cancellationToken)
    {
        try
        {
            End = await ReadAllAsync(read, inputs, stop, cancellationToken).ConfigureAwait(false);
            await AdmitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            output.TryComplete();
        }
    }

    private async Task<ReadEnd> ReadAllAsync(Func<ObjectUri, IAsyncEnumerable<ShardItem>> read, IReadOnlyList<ObjectUri> inputs,
        CancellationToken stop, CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            await foreach (var item in read(input).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (item.Quarantined is { } bad)
                    await QuarantineAsync(bad, cancellationToken).ConfigureAwait(false);
                else if (item.Review is { } review && !inFlight.TryAdd(review.ReviewId, review))
                {
                    var first = inFlight.GetValueOrDefault(review.ReviewId) ?? review;
                    await QuarantineAsync(new QuarantinedLine(review.Source, review.Line,
                        $"review_id: duplicate of {first.Source} line {first.Line}", review.ReviewId, review.ReviewId), cancellationToken).ConfigureAwait(false);
                }
                else if (item.Review is { } good)
                {
                    Interlocked.Increment(ref counters.Read);
                    _chunk.Add(good);
                    if (_chunk.Count >= options.BatchSize)
                        await AdmitAsync(cancellationToken).ConfigureAwait(false);
                }
                if (TooManyBadLines())
                    return ReadEnd.TooManyBadLines;
                if (stop.IsCancellationRequested)
                    return ReadEnd.StopRequested;
            }
        }
        return ReadEnd.Finished;
    }

    private bool TooManyBadLines() =>
        counters.Read + counters.Quarantined >= ReviewPipelineOptions.BadRateMinimumSample && counters.BadRowRate > options.MaxBadRowRate;

    private async Task QuarantineAsync(QuarantinedLine line, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref counters.Quarantined);
        await toWriter.WriteAsync(new WriteItem(null, line, null), cancellationToken).ConfigureAwait(false);
    }

    private async Task AdmitAsync(CancellationToken cancellationToken)
    {
        if (_chunk.Count == 0)
            return;
        var stored = await sink.FindExistingAsync(_chunk.Select(r => r.ReviewId).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var review in _chunk)
        {
            if (stored.Contains(review.ReviewId))
            {
                Interlocked.Increment(ref counters.Skipped);
                inFlight.TryRemove(review.ReviewId, out _);
                continue;
            }
            if (!window.TryEnter())
            {
                if (window.TryClaimFlush())
                    await output.WriteAsync(StageItem.Flush, cancellationToken).ConfigureAwait(false);
                await window.EnterAsync(cancellationToken).ConfigureAwait(false);
            }
            await output.WriteAsync(new StageItem(new ReviewWork(review)), cancellationToken).ConfigureAwait(false);
        }
        _chunk.Clear();
    }
}
