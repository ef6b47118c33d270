using FetchRun.Sdk.Nlp;
using FetchRun.Sdk.Reviews;

namespace FetchRun.Sdk.Pipeline;

/// <summary>A review's source language: given by the shard, or detected.</summary>
internal sealed record LanguageOutcome(string Code, bool Detected, string? Error);

/// <summary>Keeps the languages the shard gives and detects the rest, 25 documents per call.</summary>
internal sealed class LanguageStep(NlpProviders nlp, RunCounters counters)
{
    public const int MaxDocumentsPerCall = 25;

    public async Task<LanguageOutcome[]> ResolveAsync(IReadOnlyList<Review> reviews, CancellationToken cancellationToken)
    {
        var outcomes = new LanguageOutcome[reviews.Count];
        var unknown = new List<int>();
        for (var i = 0; i < reviews.Count; i++)
        {
            if (LanguageCodes.IsWellFormed(reviews[i].Language))
                outcomes[i] = new LanguageOutcome(LanguageCodes.Normalize(reviews[i].Language!), Detected: false, Error: null);
            else
                unknown.Add(i);
        }
        foreach (var chunk in unknown.Chunk(MaxDocumentsPerCall))
        {
            var texts = chunk.Select(i => reviews[i].Body).ToList();
            var guesses = await nlp.Language.DetectAsync(texts, cancellationToken).ConfigureAwait(false);
            if (nlp.Billed)
                counters.LanguageUnits += texts.Sum(ComprehendUnits.For);
            for (var j = 0; j < chunk.Length; j++)
            {
                var guess = guesses[j];
                outcomes[chunk[j]] = guess.Succeeded && guess.Value is { } value
                    ? new LanguageOutcome(LanguageCodes.Normalize(value.Code), Detected: true, Error: null)
                    : new LanguageOutcome(LanguageCodes.Undetermined, Detected: true, Error: $"language: {guess.Error}");
            }
        }
        return outcomes;
    }
}
