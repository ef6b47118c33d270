using System.Collections.Concurrent;
using FetchRun.Sdk.Nlp;
using FetchRun.Sdk.Reviews;
using FetchRun.Sdk.Sinks;

namespace FetchRun.Sdk.Pipeline;

/// <summary>A review's translation, or why there is none.</summary>
internal sealed record TranslationOutcome(string? Text, string Status, string? Error);

/// <summary>
/// Translates the bodies not already in the target language. Identical texts in a batch are sent once, and
/// texts translated before (by this run or any earlier one) come from the sink's translation cache, so a
/// text is paid for once.
/// </summary>
internal sealed class TranslationStep(NlpProviders nlp, IReviewSink sink, ReviewPipelineOptions options, RunCounters counters)
{
    public async Task<(TranslationOutcome[] Outcomes, IReadOnlyList<CachedTranslation> Fresh)> TranslateAsync(
        IReadOnlyList<Review> reviews, IReadOnlyList<LanguageOutcome> languages, CancellationToken cancellationToken)
    {
        var target = options.TargetLanguage;
        var outcomes = new TranslationOutcome[reviews.Count];
        var wanted = new Dictionary<TranslationCacheKey, (string Text, string Source)>();
        var keyOfRow = new Dictionary<int, TranslationCacheKey>();
        for (var i = 0; i < reviews.Count; i++)
        {
            var source = languages[i].Code;
            if (source == target)
                outcomes[i] = new TranslationOutcome(null, StatusName(TranslationStatus.NotNeeded), null);
            else if (source == LanguageCodes.Undetermined)
                outcomes[i] = new TranslationOutcome(null, StatusName(TranslationStatus.Failed), "translation: the source language is unknown");
            else if (!nlp.Translator.CanTranslate)
                outcomes[i] = new TranslationOutcome(null, StatusName(TranslationStatus.NotAvailable), null);
            else
            {
                var key = TranslationCacheKey.For(reviews[i].Body, source, target);
                wanted.TryAdd(key, (reviews[i].Body, source));
                keyOfRow[i] = key;
            }
        }
        if (wanted.Count == 0)
            return (outcomes, []);

        var cached = await sink.FindTranslationsAsync(wanted.Keys, cancellationToken).ConfigureAwait(false);
        var missing = wanted.Where(w => !cached.ContainsKey(w.Key)).ToList();
        var fresh = new ConcurrentDictionary<TranslationCacheKey, TranslationResult>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.TranslateConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(missing, parallel, async (item, ct) =>
            fresh[item.Key] = await nlp.Translator.TranslateAsync(item.Value.Text, item.Value.Source, target, ct).ConfigureAwait(false))
            .ConfigureAwait(false);

        counters.TranslateCalls += missing.Count;
        counters.TranslateCharacters += fresh.Values.Sum(r => r.BilledCharacters);
        counters.TranslationCacheHits += keyOfRow.Count - missing.Count;
        foreach (var (row, key) in keyOfRow)
            outcomes[row] = cached.TryGetValue(key, out var hit)
                ? new TranslationOutcome(hit.TranslatedText, StatusName(hit.Truncated ? TranslationStatus.Truncated : TranslationStatus.Translated), null)
                : Outcome(fresh[key]);

        var toCache = fresh
            .Where(f => f.Value is { Text: not null, Status: TranslationStatus.Translated or TranslationStatus.Truncated })
            .Select(f => new CachedTranslation(f.Key, wanted[f.Key].Source, target, f.Value.Text!, f.Value.Status == TranslationStatus.Truncated))
            .ToList();
        return (outcomes, toCache);
    }

    private static TranslationOutcome Outcome(TranslationResult result) =>
        new(result.Text, StatusName(result.Status), result.Error is null ? null : $"translation: {result.Error}");

    /// <summary>The status as stored: translated, truncated, not_needed, not_available, failed.</summary>
    public static string StatusName(TranslationStatus status) => status switch
    {
        TranslationStatus.Translated => "translated",
        TranslationStatus.Truncated => "truncated",
        TranslationStatus.NotNeeded => "not_needed",
        TranslationStatus.NotAvailable => "not_available",
        _ => "failed",
    };
}
