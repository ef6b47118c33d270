using FetchRun.Reviews;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Tests.Pipeline;

/// <summary>An in-memory sink with the real sinks' upsert semantics, for pipeline logic tests. The pipeline's stages call it
/// concurrently, so every access takes one lock.</summary>
internal sealed class MemorySink : IReviewSink
{
    public Dictionary<string, ReviewResult> Results { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string, long), QuarantinedLine> Quarantine { get; } = [];
    public Dictionary<TranslationCacheKey, CachedTranslation> Translations { get; } = [];
    public Dictionary<AnswerKey, string> Answers { get; } = [];
    public Dictionary<string, RunRecord> Runs { get; } = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Writes { get; private set; }

    public int ResultCount
    {
        get
        {
            lock (_gate)
                return Results.Count;
        }
    }

    public string Description => "memory";

    public Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> reviewIds, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlySet<string>>(reviewIds.Where(Results.ContainsKey).ToHashSet(StringComparer.Ordinal));
    }

    public Task<IReadOnlyDictionary<TranslationCacheKey, CachedTranslation>> FindTranslationsAsync(
        IReadOnlyCollection<TranslationCacheKey> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyDictionary<TranslationCacheKey, CachedTranslation>>(
                keys.Where(Translations.ContainsKey).ToDictionary(k => k, k => Translations[k]));
    }

    public Task<IReadOnlyDictionary<AnswerKey, string>> FindAnswersAsync(IReadOnlyCollection<AnswerKey> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyDictionary<AnswerKey, string>>(keys.Where(Answers.ContainsKey).ToDictionary(k => k, k => Answers[k]));
    }

    public Task KeepAnswersAsync(IReadOnlyList<PaidAnswer> answers, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var a in answers)
                Answers[a.Key] = a.Answer;
        }
        return Task.CompletedTask;
    }

    public Task WriteBatchAsync(IReadOnlyList<ReviewResult> results, IReadOnlyList<QuarantinedLine> quarantined,
        IReadOnlyList<CachedTranslation> translations, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Writes++;
            foreach (var r in results)
                Results[r.ReviewId] = r;
            foreach (var q in quarantined)
                Quarantine[(q.Source, q.Line)] = q;
            foreach (var t in translations)
                Translations[t.Key] = t;
        }
        return Task.CompletedTask;
    }

    public Task SaveRunAsync(RunRecord run, CancellationToken cancellationToken)
    {
        lock (_gate)
            Runs[run.RunId] = run;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
