using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews;
using FetchRun.Reviews.Reading;
using FetchRun.Reviews.Sinks;
using FetchRun.Sdk.Storage;

namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// Wires the stages — read → detect → translate → score → write — with bounded channels, one loop per stage, and runs
/// them at once on successive reviews. Completion flows downstream (each stage completes its output when its input is
/// done and its calls have returned); the first failure anywhere cancels every stage and is rethrown.
/// </summary>
internal sealed class StagedRun(ReviewPipelineOptions options, NlpProviders nlp, IReviewSink sink, IJobLog log, TimeProvider clock,
    RunCounters counters)
{
    /// <returns>Why reading ended.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired before the work in flight was stored.</exception>
    public async Task<ReadEnd> RunAsync(string runId, Func<ObjectUri, IAsyncEnumerable<ShardItem>> read, IReadOnlyList<ObjectUri> inputs,
        CancellationToken stop, CancellationToken cancellationToken)
    {
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var faults = new StageFaults(abort);
        var token = faults.Token;
        using var window = new ReviewWindow(options.MaxInFlight);
        var inFlight = new ConcurrentDictionary<string, Review>(StringComparer.Ordinal);
        // The window bounds the reviews in every channel together; the extra slot is for the one flush marker.
        var toDetect = Bounded<StageItem>(options.MaxInFlight + 1);
        var toTranslate = Bounded<StageItem>(options.MaxInFlight + 1);
        var toScore = Bounded<StageItem>(options.MaxInFlight + 1);
        var toWrite = Bounded<WriteItem>(2 * options.MaxInFlight);
        InFlightCalls[] calls = [new(faults), new(faults), new(faults)];

        var reader = new ReadStage(options, sink, counters, window, inFlight, toDetect.Writer, toWrite.Writer);
        var detection = new DetectionStage(nlp, sink, counters, calls[0], toDetect.Reader, toTranslate.Writer, toWrite.Writer);
        using var translation = new TranslationStage(nlp, sink, options, counters, calls[1], toTranslate.Reader, toScore.Writer, toWrite.Writer);
        var sentiment = new SentimentStage(nlp, sink, options, counters, window, calls[2], toScore.Reader, toWrite.Writer);
        var writer = new WriteStage(sink, counters, window, inFlight, translation.Forget, new ProgressLog(log, clock),
            options.TargetLanguage, nlp.Sentiment.Name, runId, toWrite.Reader);

        await Task.WhenAll(
            faults.GuardAsync(() => reader.RunAsync(read, inputs, stop, token)),
            faults.GuardAsync(() => detection.RunAsync(stop, token)),
            faults.GuardAsync(() => translation.RunAsync(stop, token)),
            faults.GuardAsync(() => sentiment.RunAsync(stop, token)),
            faults.GuardAsync(() => writer.RunAsync(token))).ConfigureAwait(false);
        // A stage that failed did not wait for its calls; they end promptly once cancelled.
        await Task.WhenAll(calls.Select(c => c.WhenAllAsync())).ConfigureAwait(false);

        if (faults.First is { } failure)
            ExceptionDispatchInfo.Throw(failure);
        if (abort.IsCancellationRequested)
            throw new OperationCanceledException(cancellationToken);
        return reader.End;
    }

    private static Channel<T> Bounded<T>(int capacity) =>
        Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
}
