using System.Globalization;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews;
using FetchRun.Reviews.Reading;
using FetchRun.Reviews.Sinks;
using FetchRun.Sdk.Storage;

namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// Reads review shards, detects missing languages, translates to the target language, scores sentiment
/// and stores the rows, the stages running at once on successive reviews (at most
/// <see cref="ReviewPipelineOptions.MaxInFlight"/> read and not yet stored). Exactly once: reviews already stored
/// are skipped before any paid call, a row is written only when complete, every write is an upsert, and a stop
/// request finishes and stores the reviews in flight before returning 143.
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
            uri => ShardReader.ReadAsync(storage, uri, (options ?? new ReviewPipelineOptions()).Reader, CancellationToken.None), TimeProvider.System)
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
    /// <see cref="ReviewPipelineOptions.MaxBadRowRate"/> (65, good rows stored; reading stops early once
    /// <see cref="ReviewPipelineOptions.BadRateMinimumSample"/> lines are read), or when <paramref name="cancellation"/>
    /// fired (143, the reviews in flight stored). Unavailable services or database raise <see cref="JobFailedException"/>
    /// (75), and so does a share of reviews failed transiently by the services above
    /// <see cref="ReviewPipelineOptions.MaxTransientRate"/> (after the good rows and the run row are stored).
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
            ("nlp", _nlp.Sentiment.Name), ("target", _options.TargetLanguage), ("max_in_flight", _options.MaxInFlight));

        ReadEnd end;
        try
        {
            end = await new StagedRun(_options, _nlp, _sink, _log, _clock, counters)
                .RunAsync(run.RunId, _read, inputs, cancellation, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw new JobFailedException(ExitCodes.Stopped,
                $"the reviews in flight were not all stored within {_options.FlushTimeout.TotalSeconds:0} s of the stop request; the next attempt redoes them.");
        }
        catch (Exception)
        {
            await TrySaveRunAsync(Finish(run, counters, "failed")).ConfigureAwait(false);
            throw;
        }

        // A stop that comes after the last line was read still makes the runner exit 143; the run row says so too.
        var (exitCode, status) = Outcome(cancellation.IsCancellationRequested ? ReadEnd.StopRequested : end, counters);
        var finished = Finish(run, counters, status);
        await _sink.SaveRunAsync(finished, token).ConfigureAwait(false);
        if (exitCode == ExitCodes.Temporary)
            throw new JobFailedException(ExitCodes.Temporary, TransientMessage(counters));
        var summary = Summarize(finished, exitCode, counters);
        _log.Info("review pipeline finished", ("run_id", run.RunId), ("status", status), ("read", summary.Read),
            ("written", summary.Written), ("skipped", summary.Skipped), ("quarantined", summary.Quarantined),
            ("translate_characters", summary.TranslateCharacters), ("comprehend_units", summary.ComprehendUnits),
            ("estimated_cost_usd", summary.EstimatedCostUsd));
        return summary;
    }

    private string NewRunId()
    {
        // On Batch an array child's job id already ends in ":<index>".
        return _job.OnBatch
            ? $"{_job.Id}#{_job.Attempt.ToString(CultureInfo.InvariantCulture)}"
            : string.Create(CultureInfo.InvariantCulture, $"local-{_clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Random.Shared.Next(0x10000):x4}");
    }

    private (int ExitCode, string Status) Outcome(ReadEnd end, RunCounters counters)
    {
        if (counters.Transient > 0 && counters.TransientRate <= _options.MaxTransientRate)
            _log.Warn(TransientMessage(counters));
        if (end == ReadEnd.StopRequested)
        {
            _log.Warn("stopped: the reviews in flight are stored; the next attempt resumes after them", ("written", counters.Written));
            return (ExitCodes.Stopped, "stopped");
        }
        if (end == ReadEnd.TooManyBadLines || counters.BadRowRate > _options.MaxBadRowRate)
        {
            var early = end == ReadEnd.TooManyBadLines ? "reading stopped early; " : "";
            _log.Error(string.Create(CultureInfo.InvariantCulture,
                $"{counters.Quarantined} of {counters.Read + counters.Quarantined} lines are bad ({counters.BadRowRate * 100:0.0}%), above max-bad-rate {_options.MaxBadRowRate * 100:0.0}%; {early}the good rows are stored and the bad lines are in the quarantine table"));
            return (ExitCodes.DataError, "failed");
        }
        if (counters.TransientRate > _options.MaxTransientRate)
            return (ExitCodes.Temporary, "failed");
        return (ExitCodes.Success, "succeeded");
    }

    private string TransientMessage(RunCounters c) => string.Create(CultureInfo.InvariantCulture,
        $"{c.Transient} of {c.Written + c.Transient} reviews were not stored because the NLP service failed them (internal errors or throttling past the retries): {c.TransientRate * 100:0.0}%, max-transient-rate {_options.MaxTransientRate * 100:0.0}%; the next attempt redoes them");

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
        Skipped = run.Skipped, Quarantined = run.Quarantined, BadRowRate = counters.BadRowRate, NotStoredTransient = counters.Transient,
        TranslateCharacters = run.TranslateCharacters, TranslateCalls = run.TranslateCalls,
        TranslationCacheHits = run.TranslationCacheHits, ComprehendUnits = run.LanguageUnits + run.SentimentUnits,
        LanguageUnits = run.LanguageUnits, SentimentUnits = run.SentimentUnits,
        EstimatedCostUsd = run.EstimatedCostUsd,
        ByLanguage = new Dictionary<string, long>(counters.ByLanguage), BySentiment = new Dictionary<string, long>(counters.BySentiment),
    };
}
