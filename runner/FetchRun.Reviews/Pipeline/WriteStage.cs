using System.Collections.Concurrent;
using System.Threading.Channels;
using FetchRun.Reviews;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// Stores what arrives, as soon as it arrives: the fresh translations and paid answers waiting, each kind in a transaction
/// of its own, then the finished rows and bad lines in one transaction; then the reviews leave the window. A review a
/// service failed transiently is not written (not even with an error), so that the next attempt redoes it; it is counted.
/// Nor is one dropped unpaid after a stop request.
/// </summary>
internal sealed class WriteStage(IReviewSink sink, RunCounters counters, ReviewWindow window, ConcurrentDictionary<string, Review> inFlight,
    Action<TranslationCacheKey> stored, ProgressLog progress, string targetLanguage, string provider, string runId, ChannelReader<WriteItem> input)
{
    /// <summary>Items written in one transaction, at most.</summary>
    private const int MaxPerWrite = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var rows = new List<ReviewResult>();
        var bad = new List<QuarantinedLine>();
        var translations = new List<CachedTranslation>();
        var answers = new List<PaidAnswer>();
        var done = new List<ReviewWork>();
        while (await input.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (done.Count + bad.Count + translations.Count + answers.Count < MaxPerWrite && input.TryRead(out var item))
            {
                if (item.Done is { } work)
                    done.Add(work);
                else if (item.Bad is { } line)
                    bad.Add(line);
                else if (item.Translation is { } translation)
                    translations.Add(translation);
                else if (item.Answer is { } answer)
                    answers.Add(answer);
            }
            rows.AddRange(done.Where(w => !w.IsSettled).Select(w => ResultRow.Build(w.Review, w.Language!, w.Translation!, w.Sentiment!,
                targetLanguage, provider, runId)));
            // Translations and answers in transactions of their own: paid for already, they must survive a failure to write the rows.
            if (translations.Count > 0)
                await sink.WriteBatchAsync([], [], translations, cancellationToken).ConfigureAwait(false);
            if (answers.Count > 0)
                await sink.KeepAnswersAsync(answers, cancellationToken).ConfigureAwait(false);
            if (rows.Count + bad.Count > 0)
                await sink.WriteBatchAsync(rows, bad, [], cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
                counters.Count(row);
            RunCounters.Add(ref counters.Transient, done.Count(w => w.IsTransient));
            foreach (var translation in translations)
                stored(translation.Key);
            foreach (var work in done)
                inFlight.TryRemove(work.Review.ReviewId, out _);
            window.Leave(done.Count);
            progress.Report(counters);
            rows.Clear();
            bad.Clear();
            translations.Clear();
            answers.Clear();
            done.Clear();
        }
    }
}
