using System.Collections.Concurrent;
using System.Threading.Channels;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// Translates the bodies not already in the target language, many calls at once: the provider's rate limiter paces them,
/// so as many are in flight as rate × latency needs (bounded by <see cref="ReviewPipelineOptions.TranslateConcurrency"/>).
/// A text is paid for once: the sink's translation cache is consulted first, identical texts in flight share one call,
/// and each fresh translation is sent to the writer the moment it returns (one that failed transiently never is). After a
/// stop request no new call is started: reviews that would need one are dropped unpaid, for the next attempt.
/// </summary>
internal sealed class TranslationStage(NlpProviders nlp, IReviewSink sink, ReviewPipelineOptions options, RunCounters counters,
    InFlightCalls calls, ChannelReader<StageItem> input, ChannelWriter<StageItem> output, ChannelWriter<WriteItem> toWriter) : IDisposable
{
    /// <summary>Reviews looked up in the translation cache with one query, at most.</summary>
    private const int MaxLookup = 100;

    private readonly Lock _gate = new();
    private readonly Dictionary<TranslationCacheKey, Task<TranslationResult>> _running = [];
    private readonly ConcurrentQueue<TranslationCacheKey> _forgotten = new();
    private readonly SemaphoreSlim _slots = new(options.TranslateConcurrency, options.TranslateConcurrency);

    public async Task RunAsync(CancellationToken stop, CancellationToken cancellationToken)
    {
        try
        {
            await StageInput.ReadAsync(input, MaxLookup, works => RouteAsync(works, stop, cancellationToken), async flush =>
            {
                await calls.WhenAllAsync().ConfigureAwait(false);
                await output.WriteAsync(flush, cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            await calls.WhenAllAsync().ConfigureAwait(false);
        }
        finally
        {
            output.TryComplete();
        }
    }

    /// <summary>
    /// The writer stored this translation (from now on the cache table answers for it), or it is not to be kept. It is
    /// dropped from the calls in flight only when the next reviews are routed, before the cache is queried, so that no
    /// key can fall between the query and the calls in flight.
    /// </summary>
    public void Forget(TranslationCacheKey key) => _forgotten.Enqueue(key);

    public void Dispose() => _slots.Dispose();

    /// <summary>The cache key when the review needs a translation; otherwise sets why not and returns null.</summary>
    private TranslationCacheKey? Needs(ReviewWork work)
    {
        if (work.IsSettled)
            return null;
        var source = work.Language!.Code;
        if (source == options.TargetLanguage)
            work.Translation = TranslationOutcome.Of(TranslationStatus.NotNeeded);
        else if (source == LanguageCodes.Undetermined)
            work.Translation = TranslationOutcome.Of(TranslationStatus.Failed, "translation: the source language is unknown");
        else if (!nlp.Translator.CanTranslate)
            work.Translation = TranslationOutcome.Of(TranslationStatus.NotAvailable);
        else
            return TranslationCacheKey.For(work.Review.Body, source, options.TargetLanguage);
        return null;
    }

    private async Task RouteAsync(List<ReviewWork> works, CancellationToken stop, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            while (_forgotten.TryDequeue(out var stored))
                _running.Remove(stored);
        }
        var wanted = new List<(ReviewWork Work, TranslationCacheKey Key)>();
        foreach (var work in works)
        {
            if (Needs(work) is { } key)
                wanted.Add((work, key));
            else
                await output.WriteAsync(new StageItem(work), cancellationToken).ConfigureAwait(false);
        }
        if (wanted.Count == 0)
            return;

        List<TranslationCacheKey> unknown;
        lock (_gate)
            unknown = wanted.Select(w => w.Key).Where(k => !_running.ContainsKey(k)).Distinct().ToList();
        var cached = unknown.Count == 0
            ? new Dictionary<TranslationCacheKey, CachedTranslation>()
            : await sink.FindTranslationsAsync(unknown, cancellationToken).ConfigureAwait(false);
        foreach (var (work, key) in wanted)
        {
            if (cached.TryGetValue(key, out var hit))
            {
                Interlocked.Increment(ref counters.TranslationCacheHits);
                work.Translation = new TranslationOutcome(hit.TranslatedText,
                    TranslationOutcome.StatusName(hit.Truncated ? TranslationStatus.Truncated : TranslationStatus.Translated), null);
                await output.WriteAsync(new StageItem(work), cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (Share(key, work, stop.IsCancellationRequested, cancellationToken) is not { } translation)
            {
                work.Dropped = true;
                await output.WriteAsync(new StageItem(work), cancellationToken).ConfigureAwait(false);
                continue;
            }
            calls.Start(async () =>
            {
                var result = await translation.ConfigureAwait(false);
                work.Translation = TranslationOutcome.Of(result);
                if (result.Transient)
                    work.TransientError = work.Translation.Error;
                await output.WriteAsync(new StageItem(work), cancellationToken).ConfigureAwait(false);
            });
        }
    }

    /// <summary>The translation of <paramref name="key"/> already on its way, or a new call for it (null when <paramref name="stopping"/>).</summary>
    private Task<TranslationResult>? Share(TranslationCacheKey key, ReviewWork work, bool stopping, CancellationToken cancellationToken)
    {
        TaskCompletionSource<TranslationResult> fresh;
        lock (_gate)
        {
            if (_running.TryGetValue(key, out var running))
            {
                Interlocked.Increment(ref counters.TranslationCacheHits);
                return running;
            }
            if (stopping)
                return null;
            fresh = new TaskCompletionSource<TranslationResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            _running.Add(key, fresh.Task);
        }
        calls.Start(() => TranslateAsync(key, work.Review.Body, work.Language!.Code, fresh, cancellationToken));
        return fresh.Task;
    }

    private async Task TranslateAsync(TranslationCacheKey key, string text, string source, TaskCompletionSource<TranslationResult> done,
        CancellationToken cancellationToken)
    {
        try
        {
            TranslationResult result;
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                result = await nlp.Translator.TranslateAsync(text, source, options.TargetLanguage, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
            }
            Interlocked.Increment(ref counters.TranslateCalls);
            RunCounters.Add(ref counters.TranslateCharacters, result.BilledCharacters);
            if (result is { Text: not null, Status: TranslationStatus.Translated or TranslationStatus.Truncated })
            {
                // Kept the moment it is paid for, so that a process killed before the rows are written loses no translation.
                var keep = new CachedTranslation(key, source, options.TargetLanguage, result.Text, result.Status == TranslationStatus.Truncated);
                await toWriter.WriteAsync(new WriteItem(null, null, keep), cancellationToken).ConfigureAwait(false);
            }
            else if (result.Transient)
                Forget(key); // not kept: a later review with this text asks again
            done.SetResult(result);
        }
        catch (Exception e)
        {
            done.TrySetException(e);
            throw;
        }
    }
}
