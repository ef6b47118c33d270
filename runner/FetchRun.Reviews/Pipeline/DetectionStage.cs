using System.Threading.Channels;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// Keeps the languages the shard gives and detects the rest: a text detected before (in this run, or by an earlier attempt,
/// from the <c>answers</c> table) is not asked again; the others are gathered from successive input into calls of 25
/// distinct texts, sent when full, when a flush marker arrives, or when the input ends. Each answer is kept the moment it
/// returns. After a stop request no call is started: the reviews still to detect are dropped unpaid, for the next attempt.
/// </summary>
internal sealed class DetectionStage(NlpProviders nlp, IReviewSink sink, RunCounters counters, InFlightCalls calls,
    ChannelReader<StageItem> input, ChannelWriter<StageItem> output, ChannelWriter<WriteItem> toWriter)
{
    public const int MaxDocumentsPerCall = 25;

    /// <summary>Reviews looked up in the answers table with one query, at most.</summary>
    private const int MaxLookup = 100;

    private readonly AnswerMemo<LanguageGuess> _memo = new(nlp.Billed ? AnswerMemo<LanguageGuess>.DefaultCapacity : 0);
    private Dictionary<string, List<ReviewWork>> _buffer = new(StringComparer.Ordinal);

    public async Task RunAsync(CancellationToken stop, CancellationToken cancellationToken)
    {
        try
        {
            await StageInput.ReadAsync(input, MaxLookup, works => RouteAsync(works, stop, cancellationToken), async flush =>
            {
                await SendOrDropAsync(stop, cancellationToken).ConfigureAwait(false);
                await calls.WhenAllAsync().ConfigureAwait(false);
                await output.WriteAsync(flush, cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            await SendOrDropAsync(stop, cancellationToken).ConfigureAwait(false);
            await calls.WhenAllAsync().ConfigureAwait(false);
        }
        finally
        {
            output.TryComplete();
        }
    }

    private async Task RouteAsync(List<ReviewWork> works, CancellationToken stop, CancellationToken cancellationToken)
    {
        var unknown = new List<ReviewWork>();
        foreach (var work in works)
        {
            if (LanguageCodes.IsWellFormed(work.Review.Language))
                work.Language = new LanguageOutcome(LanguageCodes.Normalize(work.Review.Language!), Detected: false, Error: null);
            else if (_memo.TryGet(work.Review.Body, "", out var known))
                work.Language = Detected(known);
            else
            {
                unknown.Add(work);
                continue;
            }
            await output.WriteAsync(new StageItem(work), cancellationToken).ConfigureAwait(false);
        }
        if (unknown.Count == 0)
            return;

        var kept = await FindKeptAsync(unknown, cancellationToken).ConfigureAwait(false);
        foreach (var work in unknown)
        {
            if (kept.TryGetValue(work.Review.Body, out var guess))
            {
                work.Language = Detected(guess);
                await output.WriteAsync(new StageItem(work), cancellationToken).ConfigureAwait(false);
                continue;
            }
            Add(work);
            if (stop.IsCancellationRequested)
                await SendOrDropAsync(stop, cancellationToken).ConfigureAwait(false);
            else if (_buffer.Count >= MaxDocumentsPerCall)
                Send(cancellationToken);
        }
    }

    /// <summary>The languages earlier attempts paid for, by text (none for providers that are not billed).</summary>
    private async Task<Dictionary<string, LanguageGuess>> FindKeptAsync(List<ReviewWork> works, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, LanguageGuess>(StringComparer.Ordinal);
        if (!nlp.Billed)
            return found;
        var keys = works.Select(w => w.Review.Body).Where(t => !_buffer.ContainsKey(t)).Distinct(StringComparer.Ordinal)
            .ToDictionary(t => KeptAnswers.LanguageKey(nlp.Language.Name, t), t => t);
        if (keys.Count == 0)
            return found;
        foreach (var (key, answer) in await sink.FindAnswersAsync(keys.Keys, cancellationToken).ConfigureAwait(false))
        {
            if (KeptAnswers.ParseLanguage(answer) is { } guess && keys.TryGetValue(key, out var text))
            {
                found[text] = guess;
                _memo.Add(text, "", guess);
            }
        }
        return found;
    }

    private static LanguageOutcome Detected(LanguageGuess guess) =>
        new(LanguageCodes.Normalize(guess.Code), Detected: true, Error: null);

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
            LanguageOutcome outcome;
            if (guess.Succeeded && guess.Value is { } value)
            {
                outcome = Detected(value);
                if (nlp.Billed)
                {
                    _memo.Add(texts[i], "", value);
                    var keep = new PaidAnswer(KeptAnswers.LanguageKey(nlp.Language.Name, texts[i]), KeptAnswers.Format(value));
                    await toWriter.WriteAsync(new WriteItem(null, null, null, keep), cancellationToken).ConfigureAwait(false);
                }
            }
            else
                outcome = new LanguageOutcome(LanguageCodes.Undetermined, Detected: true, Error: $"language: {guess.Error}");
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
