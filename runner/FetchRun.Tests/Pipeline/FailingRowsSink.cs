using FetchRun.Sdk;
using FetchRun.Reviews;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Tests.Pipeline;

/// <summary>Stores translations and answers but fails every write that carries rows, as a database going away would.</summary>
internal sealed class FailingRowsSink : IReviewSink
{
    public MemorySink Inner { get; } = new();

    public string Description => "failing";

    public Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> reviewIds, CancellationToken cancellationToken) =>
        Inner.FindExistingAsync(reviewIds, cancellationToken);

    public Task<IReadOnlyDictionary<TranslationCacheKey, CachedTranslation>> FindTranslationsAsync(
        IReadOnlyCollection<TranslationCacheKey> keys, CancellationToken cancellationToken) => Inner.FindTranslationsAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<AnswerKey, string>> FindAnswersAsync(IReadOnlyCollection<AnswerKey> keys, CancellationToken cancellationToken) =>
        Inner.FindAnswersAsync(keys, cancellationToken);

    public Task KeepAnswersAsync(IReadOnlyList<PaidAnswer> answers, CancellationToken cancellationToken) =>
        Inner.KeepAnswersAsync(answers, cancellationToken);

    public Task WriteBatchAsync(IReadOnlyList<ReviewResult> results, IReadOnlyList<QuarantinedLine> quarantined,
        IReadOnlyList<CachedTranslation> translations, CancellationToken cancellationToken) =>
        results.Count > 0
            ? throw new JobFailedException(ExitCodes.Temporary, "database unavailable")
            : Inner.WriteBatchAsync(results, quarantined, translations, cancellationToken);

    public Task SaveRunAsync(RunRecord run, CancellationToken cancellationToken) => Inner.SaveRunAsync(run, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
