using FetchRun.Reviews.Nlp;
using FetchRun.Reviews;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Reviews.Pipeline;

/// <summary>Puts a review and what the steps found into the stored row.</summary>
internal static class ResultRow
{
    public static ReviewResult Build(Review review, LanguageOutcome language, TranslationOutcome translation,
        SentimentOutcome sentiment, string targetLanguage, string provider, string runId)
    {
        var errors = new[] { language.Error, translation.Error, sentiment.Error }.Where(e => e is not null).ToList();
        var score = sentiment.Score;
        return new ReviewResult(review.ReviewId, review.ProductId, review.ReviewerId, review.Stars, review.Title, review.Body,
            review.ProductCategory, language.Code, language.Detected, targetLanguage, translation.Text, translation.Status,
            score is null ? null : LabelName(score.Label), score?.Positive, score?.Negative, score?.Neutral, score?.Mixed,
            sentiment.ScoredOn, errors.Count == 0 ? null : string.Join("; ", errors), provider, review.Source, review.Line, runId);
    }

    /// <summary>Comprehend's spelling: POSITIVE, NEGATIVE, NEUTRAL, MIXED.</summary>
    public static string LabelName(SentimentLabel label) => label.ToString().ToUpperInvariant();
}
