using System.Threading.Channels;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// Scores each review where the analyzer is best: on the original text when it supports the source language, otherwise
/// on the translation. Distinct texts wait in one buffer per language, from successive input, and a call is sent when a
/// buffer holds 25, when a flush marker arrives or when the input ends. A (text, language) pair already scored in this
/// run or by an earlier attempt (the <c>answers</c> table), or waiting in a buffer or a call, is not sent again; each score
/// is kept the moment it returns. Finished reviews go to the writer. After a stop request no call
/// is started: the reviews still waiting for one are dropped unpaid, for the next attempt; calls already sent are finished.
/// </summary>
internal sealed class SentimentStage(NlpProviders nlp, IReviewSink sink, ReviewPipelineOptions options, RunCounters counters, ReviewWindow window,
    InFlightCalls calls, ChannelReader<StageItem> input, ChannelWriter<WriteItem> output)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Text, string Language), PendingScore> _pending = [];
    private readonly Dictionary<string, List<PendingScore>> _buffers = new(StringComparer.Ordinal);
    private readonly AnswerMemo<SentimentScore> _memo = new(nlp.Billed ? AnswerMemo<SentimentScore>.DefaultCapacity : 0);

    /// <summary>Reviews looked up in the answers table with one query, at most.</summary>
    private const int MaxLookup = 100;

    public async Task RunAsync(CancellationToken stop, CancellationToken cancellationToken)
    {
        try
        {
            await StageInput.ReadAsync(input, MaxLookup, works => RouteAsync(works, stop, cancellationToken), _ =>
            {
                // The fullest buffer frees the most of the window for the fewest partly filled calls.
                if (!stop.IsCancellationRequested)
                    Send(FullestBuffer(), cancellationToken);
                window.FlushDone();
                return Task.CompletedTask;
            }, cancellationToken).ConfigureAwait(false);
            if (stop.IsCancellationRequested)
                await DropBuffersAsync(cancellationToken).ConfigureAwait(false);
            else
                Send(null, cancellationToken);
            await calls.WhenAllAsync().ConfigureAwait(false);
        }
        finally
        {
            output.TryComplete();
        }
    }

    private async Task RouteAsync(List<ReviewWork> works, CancellationToken stop, CancellationToken cancellationToken)
    {
        var scored = new List<(ReviewWork Work, ScoreTarget Target)>();
        foreach (var work in works)
        {
            if (!work.IsSettled && Target(work) is { } target)
                scored.Add((work, target));
            else
                await output.WriteAsync(new WriteItem(work, null, null), cancellationToken).ConfigureAwait(false);
        }
        if (scored.Count == 0)
            return;
        await FindKeptAsync(scored.Select(s => s.Target), cancellationToken).ConfigureAwait(false);
        foreach (var (work, target) in scored)
        {
            if (!Queue(work, target, stop.IsCancellationRequested, cancellationToken))
                await output.WriteAsync(new WriteItem(work, null, null), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What to score for the review; null (and its sentiment settled with the reason) when there is nothing to score.</summary>
    private ScoreTarget? Target(ReviewWork work)
    {
        var language = work.Language!.Code;
        if (language != LanguageCodes.Undetermined && nlp.Sentiment.Supports(language))
            return new ScoreTarget(work.Review.Body, language, SentimentOutcome.OnSource);
        if (work.Translation!.Text is { } translated && nlp.Sentiment.Supports(options.TargetLanguage))
            return new ScoreTarget(translated, options.TargetLanguage, SentimentOutcome.OnTranslation);
        work.Sentiment = new SentimentOutcome(null, SentimentOutcome.OnNothing, language == LanguageCodes.Undetermined
            ? "sentiment: the language is unknown"
            : $"sentiment: {nlp.Sentiment.Name} does not score '{language}' and there is no translation");
        return null;
    }

    /// <summary>Puts the scores earlier attempts paid for into the memo (nothing for providers that are not billed).</summary>
    private async Task FindKeptAsync(IEnumerable<ScoreTarget> targets, CancellationToken cancellationToken)
    {
        if (!nlp.Billed)
            return;
        Dictionary<AnswerKey, ScoreTarget> keys;
        lock (_gate)
        {
            keys = targets.Where(t => !_memo.TryGet(t.Text, t.Language, out _) && !_pending.ContainsKey((t.Text, t.Language)))
                .DistinctBy(t => (t.Text, t.Language))
                .ToDictionary(t => KeptAnswers.SentimentKey(nlp.Sentiment.Name, t.Language, t.Text));
        }
        if (keys.Count == 0)
            return;
        foreach (var (key, answer) in await sink.FindAnswersAsync(keys.Keys, cancellationToken).ConfigureAwait(false))
        {
            if (KeptAnswers.ParseSentiment(answer) is { } score && keys.TryGetValue(key, out var target))
                _memo.Add(target.Text, target.Language, score);
        }
    }

    /// <summary>True when the review now waits for a score; false when its sentiment is settled (or it is dropped, when
    /// <paramref name="stopping"/> and its text would need a new call).</summary>
    private bool Queue(ReviewWork work, ScoreTarget target, bool stopping, CancellationToken cancellationToken)
    {
        var (text, language, scoredOn) = target;
        bool full;
        lock (_gate)
        {
            if (_memo.TryGet(text, language, out var known))
            {
                work.Sentiment = new SentimentOutcome(known, scoredOn, null);
                return false;
            }
            if (!_pending.TryGetValue((text, language), out var pending))
            {
                if (stopping)
                {
                    work.Dropped = true;
                    return false;
                }
                pending = new PendingScore(text, language);
                _pending.Add((text, language), pending);
                if (!_buffers.TryGetValue(language, out var buffer))
                    _buffers.Add(language, buffer = []);
                buffer.Add(pending);
            }
            pending.Waiting.Add((work, scoredOn));
            full = _buffers[language].Count >= DetectionStage.MaxDocumentsPerCall;
        }
        if (full)
            Send(language, cancellationToken);
        return true;
    }

    private async Task DropBuffersAsync(CancellationToken cancellationToken)
    {
        List<PendingScore> unsent;
        lock (_gate)
        {
            unsent = _buffers.Values.SelectMany(b => b).ToList();
            _buffers.Clear();
            foreach (var pending in unsent)
                _pending.Remove((pending.Text, pending.Language));
        }
        foreach (var (work, _) in unsent.SelectMany(p => p.Waiting))
        {
            work.Dropped = true;
            await output.WriteAsync(new WriteItem(work, null, null), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The language whose buffer holds the most reviews; null when every buffer is empty (then nothing is sent).</summary>
    private string? FullestBuffer()
    {
        lock (_gate)
        {
            var waiting = _buffers.Where(b => b.Value.Count > 0).ToList();
            return waiting.Count == 0 ? null : waiting.MaxBy(b => b.Value.Sum(p => p.Waiting.Count)).Key;
        }
    }

    /// <summary>Sends the buffer of <paramref name="language"/>, or every buffer when it is null.</summary>
    private void Send(string? language, CancellationToken cancellationToken)
    {
        List<(string Language, List<PendingScore> Texts)> batches;
        lock (_gate)
        {
            batches = _buffers.Where(b => b.Value.Count > 0 && (language is null || b.Key == language)).Select(b => (b.Key, b.Value)).ToList();
            foreach (var (key, _) in batches)
                _buffers[key] = [];
        }
        foreach (var (code, texts) in batches)
            foreach (var chunk in texts.Chunk(DetectionStage.MaxDocumentsPerCall))
                calls.Start(() => ScoreAsync(code, chunk, cancellationToken));
    }

    private async Task ScoreAsync(string language, PendingScore[] texts, CancellationToken cancellationToken)
    {
        var scores = await nlp.Sentiment.AnalyzeAsync(texts.Select(t => t.Text).ToList(), language, cancellationToken).ConfigureAwait(false);
        if (nlp.Billed)
            RunCounters.Add(ref counters.SentimentUnits, texts.Sum(t => ComprehendUnits.For(t.Text)));
        lock (_gate)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                _pending.Remove((texts[i].Text, language));
                if (scores[i] is { Succeeded: true, Value: { } value })
                    _memo.Add(texts[i].Text, language, value);
            }
        }
        for (var i = 0; i < texts.Length && nlp.Billed; i++)
        {
            if (scores[i] is { Succeeded: true, Value: { } value })
            {
                var keep = new PaidAnswer(KeptAnswers.SentimentKey(nlp.Sentiment.Name, language, texts[i].Text), KeptAnswers.Format(value));
                await output.WriteAsync(new WriteItem(null, null, null, keep), cancellationToken).ConfigureAwait(false);
            }
        }
        // No review joins a text once it has left _pending, so the lists are complete and no longer change.
        for (var i = 0; i < texts.Length; i++)
        {
            var score = scores[i];
            foreach (var (work, scoredOn) in texts[i].Waiting)
            {
                work.Sentiment = score.Succeeded
                    ? new SentimentOutcome(score.Value, scoredOn, null)
                    : new SentimentOutcome(null, SentimentOutcome.OnNothing, $"sentiment: {score.Error}");
                if (score.Transient)
                    work.TransientError = work.Sentiment.Error;
                await output.WriteAsync(new WriteItem(work, null, null), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private readonly record struct ScoreTarget(string Text, string Language, string ScoredOn);

    private sealed class PendingScore(string text, string language)
    {
        public string Text { get; } = text;

        public string Language { get; } = language;

        public List<(ReviewWork Work, string ScoredOn)> Waiting { get; } = [];
    }
}
