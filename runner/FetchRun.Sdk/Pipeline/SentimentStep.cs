using FetchRun.Sdk.Nlp;
using FetchRun.Sdk.Reviews;

namespace FetchRun.Sdk.Pipeline;

/// <summary>A review's sentiment and which text was scored (source, translation or none).</summary>
internal sealed record SentimentOutcome(SentimentScore? Score, string ScoredOn, string? Error);

/// <summary>
/// Scores each review where the analyzer is best: on the original text when it supports the source
/// language, otherwise on the translation. Calls are grouped by language, 25 documents each.
/// </summary>
internal sealed class SentimentStep(NlpProviders nlp, ReviewPipelineOptions options, RunCounters counters)
{
    public const string ScoredOnSource = "source";
    public const string ScoredOnTranslation = "translation";
    public const string ScoredOnNothing = "none";

    public async Task<SentimentOutcome[]> ScoreAsync(IReadOnlyList<Review> reviews, IReadOnlyList<LanguageOutcome> languages,
        IReadOnlyList<TranslationOutcome> translations, CancellationToken cancellationToken)
    {
        var outcomes = new SentimentOutcome[reviews.Count];
        var work = new List<(int Row, string Text, string Language, string ScoredOn)>();
        for (var i = 0; i < reviews.Count; i++)
        {
            var language = languages[i].Code;
            if (language != LanguageCodes.Undetermined && nlp.Sentiment.Supports(language))
                work.Add((i, reviews[i].Body, language, ScoredOnSource));
            else if (translations[i].Text is { } translated && nlp.Sentiment.Supports(options.TargetLanguage))
                work.Add((i, translated, options.TargetLanguage, ScoredOnTranslation));
            else
                outcomes[i] = new SentimentOutcome(null, ScoredOnNothing, language == LanguageCodes.Undetermined
                    ? "sentiment: the language is unknown"
                    : $"sentiment: {nlp.Sentiment.Name} does not score '{language}' and there is no translation");
        }
        foreach (var group in work.GroupBy(w => w.Language))
        {
            foreach (var chunk in group.Chunk(LanguageStep.MaxDocumentsPerCall))
            {
                var texts = chunk.Select(c => c.Text).ToList();
                var scores = await nlp.Sentiment.AnalyzeAsync(texts, group.Key, cancellationToken).ConfigureAwait(false);
                if (nlp.Billed)
                    counters.SentimentUnits += texts.Sum(ComprehendUnits.For);
                for (var j = 0; j < chunk.Length; j++)
                    outcomes[chunk[j].Row] = scores[j].Succeeded
                        ? new SentimentOutcome(scores[j].Value, chunk[j].ScoredOn, null)
                        : new SentimentOutcome(null, ScoredOnNothing, $"sentiment: {scores[j].Error}");
            }
        }
        return outcomes;
    }
}
