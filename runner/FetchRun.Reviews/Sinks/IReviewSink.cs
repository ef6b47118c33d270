using FetchRun.Reviews;

namespace FetchRun.Reviews.Sinks;

/// <summary>
/// Where results go (PostgreSQL or SQLite), with the schema of docs/database.md. Every write is idempotent:
/// results are upserted by review id, quarantined lines by (source, line), translations and NLP answers by their key.
/// An unreachable database raises <see cref="JobFailedException"/> with exit code 75.
/// </summary>
public interface IReviewSink : IAsyncDisposable
{
    /// <summary>What the sink writes to, safe for logs (never a password).</summary>
    string Description { get; }

    /// <summary>The ids among <paramref name="reviewIds"/> that are already stored.</summary>
    Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> reviewIds, CancellationToken cancellationToken);

    /// <summary>Cached translations for the keys that have one.</summary>
    Task<IReadOnlyDictionary<TranslationCacheKey, CachedTranslation>> FindTranslationsAsync(
        IReadOnlyCollection<TranslationCacheKey> keys, CancellationToken cancellationToken);

    /// <summary>Kept NLP answers for the keys that have one.</summary>
    Task<IReadOnlyDictionary<AnswerKey, string>> FindAnswersAsync(IReadOnlyCollection<AnswerKey> keys, CancellationToken cancellationToken);

    /// <summary>Keeps paid NLP answers (upserted by key), in one transaction of their own.</summary>
    Task KeepAnswersAsync(IReadOnlyList<PaidAnswer> answers, CancellationToken cancellationToken);

    /// <summary>Writes one batch in one transaction: results, quarantined lines and new translations.</summary>
    Task WriteBatchAsync(IReadOnlyList<ReviewResult> results, IReadOnlyList<QuarantinedLine> quarantined,
        IReadOnlyList<CachedTranslation> translations, CancellationToken cancellationToken);

    /// <summary>Inserts or updates the run's row.</summary>
    Task SaveRunAsync(RunRecord run, CancellationToken cancellationToken);
}
