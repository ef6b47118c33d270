using System.Globalization;
using FetchRun.Sdk.Nlp;
using FetchRun.Sdk.Reviews;
using FetchRun.Sdk.Reviews.Reading;
using FetchRun.Sdk.Sinks;
using FetchRun.Sdk.Storage;

namespace FetchRun.Sdk.Pipeline;

/// <summary>
/// Reads review shards, detects missing languages, translates to the target language, scores sentiment
/// and stores the rows, batch by batch. Exactly once: reviews already stored are skipped before any paid
/// call, every write is an upsert, and a stop request flushes the batch in progress before returning 143.
/// </summary>
public sealed class ReviewPipeline
{
    private readonly NlpProviders _nlp;
    private readonly IReviewSink _sink;
    private readonly IJobLog _log;
    private readonly JobInfo _job;
    private readonly ReviewPipelineOptions _options;
    private readonly Func<ObjectUri, IAsyncEnumerable<ShardItem>> _read;
    private readonly TimeProvider _clock;

    /// <summary>A pipeline reading shards from <paramref name="storage"/> and writing to <paramref name="sink"/>.</summary>
    public ReviewPipeline(NlpProviders nlp, IReviewSink sink, IObjectStore storage, IJobLog log, JobInfo job, ReviewPipelineOptions? options = null)
        : this(nlp, sink, log, job, options ?? new ReviewPipelineOptions(),
            uri => ShardReader.ReadAsync(storage, uri, null, CancellationToken.None), TimeProvider.System)
    {
    }

    internal ReviewPipeline(NlpProviders nlp, IReviewSink sink, IJobLog log, JobInfo job, ReviewPipelineOptions options,
        Func<ObjectUri, IAsyncEnumerable<ShardItem>> read, TimeProvider clock)
    {
        _nlp = nlp;
        _sink = sink;
        _log = log;
        _job = job;
        _options = options;
        _read = read;
        _clock = clock;
    }

    /// <summary>
    /// Processes every input in order. Returns when done (exit code 0), when the bad-line share exceeds
    /// <see cref="ReviewPipelineOptions.MaxBadRowRate"/> (65, good rows stored), or when
    /// <paramref name="cancellation"/> fired (143, the batch in progress stored). Unavailable services or
    /// database raise <see cref="JobFailedException"/> (75).
    /// </summary>
    public async Task<ReviewRunSummary> RunAsync(IReadOnlyList<ObjectUri> inputs, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        // An array child may own no shard when there are more children than shards; a single job without input is a mistake.
        if (inputs.Count == 0 && _job.ArraySize <= 1)
            throw new JobFailedException(ExitCodes.Usage, "no input shards: pass --input <uri> (a shard, or a prefix ending in '/').");
        var counters = new RunCounters();
        var run = new RunRecord
        {
            RunId = NewRunId(), JobId = _job.Id, Attempt = _job.Attempt, ArrayIndex = _job.ArraySize > 1 ? _job.ArrayIndex : null,
            StartedAt = _clock.GetUtcNow(), Inputs = string.Join(' ', inputs.Select(i => i.ToString())),
        };
        using var flushing = new CancellationTokenSource();
        using var stopping = cancellation.Register(() => flushing.CancelAfter(_options.FlushTimeout));
        var token = flushing.Token;
        await _sink.SaveRunAsync(run, token).ConfigureAwait(false);
        _log.Info("review pipeline started", ("run_id", run.RunId), ("sink", _sink.Description), ("inputs", inputs.Count),
            ("nlp", _nlp.Sentiment.Name), ("target", _options.TargetLanguage), ("batch_size", _options.BatchSize));

        bool stopped;
        try
        {
            stopped = await ProcessInputsAsync(run.RunId, inputs, counters, cancellation, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw new JobFailedException(ExitCodes.Stopped,
                $"the batch in progress did not finish within {_options.FlushTimeout.TotalSeconds:0} s of the stop request; the next attempt redoes it.");
        }
        catch (Exception)
        {
            await TrySaveRunAsync(Finish(run, counters, "failed")).ConfigureAwait(false);
            throw;
        }

        var (exitCode, status) = Outcome(stopped, counters);
        var finished = Finish(run, counters, status);
        await _sink.SaveRunAsync(finished, token).ConfigureAwait(false);
        var summary = Summarize(finished, exitCode, counters);
        _log.Info("review pipeline finished", ("run_id", run.RunId), ("status", status), ("read", summary.Read),
            ("written", summary.Written), ("skipped", summary.Skipped), ("quarantined", summary.Quarantined),
            ("translate_characters", summary.TranslateCharacters), ("comprehend_units", summary.ComprehendUnits),
            ("estimated_cost_usd", summary.EstimatedCostUsd));
        return summary;
    }

    private async Task<bool> ProcessInputsAsync(string runId, IReadOnlyList<ObjectUri> inputs, RunCounters counters,
        CancellationToken cancellation, CancellationToken token)
    {
        var batch = new PendingBatch(_options.BatchSize);
        var progress = new ProgressLog(_log, _clock);
        foreach (var input in inputs)
        {
            await foreach (var item in _read(input).ConfigureAwait(false))
            {
                batch.Add(item, counters);
                if (batch.IsFull)
                {
                    await FlushAsync(runId, batch, counters, token).ConfigureAwait(false);
                    progress.Report(counters);
                }
                if (cancellation.IsCancellationRequested)
                {
                    await FlushAsync(runId, batch, counters, token).ConfigureAwait(false);
                    return true;
                }
            }
        }
        await FlushAsync(runId, batch, counters, token).ConfigureAwait(false);
        return false;
    }

    private async Task FlushAsync(string runId, PendingBatch batch, RunCounters counters, CancellationToken token)
    {
        if (batch.IsEmpty)
            return;
        IReadOnlyList<ReviewResult> rows = [];
        if (batch.Reviews.Count > 0)
        {
            var existing = await _sink.FindExistingAsync(batch.Reviews.Select(r => r.ReviewId).ToList(), token).ConfigureAwait(false);
            var todo = batch.Reviews.Where(r => !existing.Contains(r.ReviewId)).ToList();
            counters.Skipped += batch.Reviews.Count - todo.Count;
            if (todo.Count > 0)
                rows = await ScoreAsync(runId, todo, counters, token).ConfigureAwait(false);
        }
        await _sink.WriteBatchAsync(rows, batch.Quarantined, [], token).ConfigureAwait(false);
        foreach (var row in rows)
            counters.Count(row);
        batch.Clear();
    }

    private async Task<IReadOnlyList<ReviewResult>> ScoreAsync(string runId, List<Review> reviews, RunCounters counters, CancellationToken token)
    {
        var languages = await new LanguageStep(_nlp, counters).ResolveAsync(reviews, token).ConfigureAwait(false);
        var (translations, fresh) = await new TranslationStep(_nlp, _sink, _options, counters)
            .TranslateAsync(reviews, languages, token).ConfigureAwait(false);
        // Keep what was paid for even if the process dies before the rows are written.
        if (fresh.Count > 0)
            await _sink.WriteBatchAsync([], [], fresh, token).ConfigureAwait(false);
        var sentiments = await new SentimentStep(_nlp, _options, counters)
            .ScoreAsync(reviews, languages, translations, token).ConfigureAwait(false);
        return reviews.Select((r, i) => ResultRow.Build(r, languages[i], translations[i], sentiments[i], _options.TargetLanguage,
            _nlp.Sentiment.Name, runId)).ToList();
    }

    private string NewRunId()
    {
        // On Batch an array child's job id already ends in ":<index>".
        return _job.OnBatch
            ? $"{_job.Id}#{_job.Attempt.ToString(CultureInfo.InvariantCulture)}"
            : string.Create(CultureInfo.InvariantCulture, $"local-{_clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Random.Shared.Next(0x10000):x4}");
    }

    private (int ExitCode, string Status) Outcome(bool stopped, RunCounters counters)
    {
        if (stopped)
        {
            _log.Warn("stopped: the batch in progress is stored; the next attempt resumes after it", ("written", counters.Written));
            return (ExitCodes.Stopped, "stopped");
        }
        if (counters.BadRowRate > _options.MaxBadRowRate)
        {
            _log.Error(string.Create(CultureInfo.InvariantCulture,
                $"{counters.Quarantined} of {counters.Read + counters.Quarantined} lines are bad ({counters.BadRowRate * 100:0.0}%), above max-bad-rate {_options.MaxBadRowRate * 100:0.0}%; the good rows are stored and the bad lines are in the quarantine table"));
            return (ExitCodes.DataError, "failed");
        }
        return (ExitCodes.Success, "succeeded");
    }

    private RunRecord Finish(RunRecord run, RunCounters c, string status) => run with
    {
        FinishedAt = _clock.GetUtcNow(), Status = status, Read = c.Read, Written = c.Written, Skipped = c.Skipped,
        Quarantined = c.Quarantined, TranslateCharacters = c.TranslateCharacters, TranslateCalls = c.TranslateCalls,
        TranslationCacheHits = c.TranslationCacheHits, LanguageUnits = c.LanguageUnits, SentimentUnits = c.SentimentUnits,
        EstimatedCostUsd = _options.Prices.Estimate(c.TranslateCharacters, c.ComprehendUnits),
    };

    private async Task TrySaveRunAsync(RunRecord run)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _sink.SaveRunAsync(run, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JobFailedException or OperationCanceledException)
        {
            _log.Warn("could not record the failed run", ("run_id", run.RunId), ("reason", e.Message));
        }
    }

    private ReviewRunSummary Summarize(RunRecord run, int exitCode, RunCounters counters) => new()
    {
        ExitCode = exitCode, RunId = run.RunId, Sink = _sink.Description, Read = run.Read, Written = run.Written,
        Skipped = run.Skipped, Quarantined = run.Quarantined, BadRowRate = counters.BadRowRate,
        TranslateCharacters = run.TranslateCharacters, TranslateCalls = run.TranslateCalls,
        TranslationCacheHits = run.TranslationCacheHits, ComprehendUnits = run.LanguageUnits + run.SentimentUnits,
        EstimatedCostUsd = run.EstimatedCostUsd,
        ByLanguage = new Dictionary<string, long>(counters.ByLanguage), BySentiment = new Dictionary<string, long>(counters.BySentiment),
    };
}
