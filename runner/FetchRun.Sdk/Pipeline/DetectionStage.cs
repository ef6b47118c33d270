using System.Threading.Channels;
using FetchRun.Sdk.Nlp;

namespace FetchRun.Sdk.Pipeline;

/// <summary>
/// Keeps the languages the shard gives and detects the rest: reviews without a language are gathered from successive
/// input into calls of 25 distinct texts, sent when full, when a flush marker arrives, or when the input ends. After a stop
/// request no call is started: the reviews still to detect are dropped unpaid, for the next attempt.
/// </summary>
internal sealed class DetectionStage(NlpProviders nlp, RunCounters counters, InFlightCalls calls,
    ChannelReader<StageItem> input, ChannelWriter<StageItem> output)
{
    public const int MaxDocumentsPerCall = 25;

    private Dictionary<string, List<ReviewWork>> _buffer = new(StringComparer.Ordinal);

    public async Task RunAsync(CancellationToken stop, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (item.IsFlush)
                {
                    await SendOrDropAsync(stop, cancellationToken).ConfigureAwait(false);
                    await calls.WhenAllAsync().ConfigureAwait(false);
                    await output.WriteAsync(item, cancellationToken).ConfigureAwait(false);
                }
                else if (LanguageCodes.IsWellFormed(item.Work!.Review.Language))
                {
                    item.Work.Language = new LanguageOutcome(LanguageCodes.Normalize(item.Work.Review.Language!), Detected: false, Error: null);
                    await output.WriteAsync(item, cancellationToken).ConfigureAwait(false);
                }
                else if (stop.IsCancellationRequested)
                {
                    Add(item.Work);
                    await SendOrDropAsync(stop, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    Add(item.Work);
                    if (_buffer.Count >= MaxDocumentsPerCall)
                        Send(cancellationToken);
                }
            }
            await SendOrDropAsync(stop, cancellationToken).ConfigureAwait(false);
            await calls.WhenAllAsync().ConfigureAwait(false);
        }
        finally
        {
            output.TryComplete();
        }
    }

    private void Add(ReviewWork work)
    {
        if (_buffer.TryGetValue(work.Review.Body, out var same))
            same.Add(work);
        else
            _buffer.Add(work.Review.Body, [work]);
    }

    private async Task SendOrDropAsync(CancellationToken stop, CancellationToken cancellationToken)
    {
        if (!stop.IsCancellationRequested)
        {
            Send(cancellationToken);
            return;
        }
        foreach (var work in _buffer.Values.SelectMany(w => w))
        {
            work.Dropped = true;
            await output.WriteAsync(new StageItem(work), cancellationToken).ConfigureAwait(false);
        }
        _buffer.Clear();
    }

    private void Send(CancellationToken cancellationToken)
    {
        if (_buffer.Count == 0)
            return;
        var batch = _buffer.ToList();
        _buffer = new Dictionary<string, List<ReviewWork>>(StringComparer.Ordinal);
        calls.Start(() => DetectAsync(batch, cancellationToken));
    }

    private async Task DetectAsync(List<KeyValuePair<string, List<ReviewWork>>> batch, CancellationToken cancellationToken)
    {
        var texts = batch.Select(b => b.Key).ToList();
        var guesses = await nlp.Language.DetectAsync(texts, cancellationToken).ConfigureAwait(false);
        if (nlp.Billed)
            RunCounters.Add(ref counters.LanguageUnits, texts.Sum(ComprehendUnits.For));
        for (var i = 0; i < batch.Count; i++)
        {
            var guess = guesses[i];
            var outcome = guess.Succeeded && guess.Value is { } value
                ? new LanguageOutcome(LanguageCodes.Normalize(value.Code), Detected: true, Error: null)
                : new LanguageOutcome(LanguageCodes.Undetermined, Detected: true, Error: $"language: {guess.Error}");
            foreach (var work in batch[i].Value)
            {
                work.Language = outcome;
                if (guess.Transient)
                    work.TransientError = outcome.Error;
                await output.WriteAsync(new StageItem(work), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
