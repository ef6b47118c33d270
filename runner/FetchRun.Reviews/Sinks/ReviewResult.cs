namespace FetchRun.Reviews.Sinks;

/// <summary>One scored review as stored in the <c>results</c> table, keyed by <see cref="ReviewId"/>.</summary>
/// <param name="ReviewId">review_id, the primary key (an upsert on it makes every write idempotent).</param>
/// <param name="ProductId">product_id.</param>
/// <param name="ReviewerId">reviewer_id.</param>
/// <param name="Stars">stars, 1 to 5.</param>
/// <param name="Title">review_title, when given.</param>
/// <param name="Body">review_body as read.</param>
/// <param name="ProductCategory">product_category.</param>
/// <param name="Language">The source language code (given or detected).</param>
/// <param name="LanguageDetected">True when <see cref="Language"/> was detected rather than given.</param>
/// <param name="TargetLanguage">The language translations go to.</param>
/// <param name="TranslatedText">The translation; null when none was made.</param>
/// <param name="TranslationStatus">translated, truncated, not_needed, not_available or failed.</param>
/// <param name="Sentiment">POSITIVE, NEGATIVE, NEUTRAL or MIXED; null when it could not be scored.</param>
/// <param name="Positive">Score for POSITIVE.</param>
/// <param name="Negative">Score for NEGATIVE.</param>
/// <param name="Neutral">Score for NEUTRAL.</param>
/// <param name="Mixed">Score for MIXED.</param>
/// <param name="ScoredOn">Which text was scored: source, translation or none.</param>
/// <param name="Error">Per-document errors (detection, translation, sentiment), null when none.</param>
/// <param name="Provider">The NLP provider (aws, local).</param>
/// <param name="Source">The shard URI the review came from.</param>
/// <param name="Line">Its line in that shard.</param>
/// <param name="RunId">The run that wrote it.</param>
public sealed record ReviewResult(
    string ReviewId, string ProductId, string ReviewerId, int Stars, string? Title, string Body, string ProductCategory,
    string Language, bool LanguageDetected, string TargetLanguage, string? TranslatedText, string TranslationStatus,
    string? Sentiment, double? Positive, double? Negative, double? Neutral, double? Mixed, string ScoredOn,
    string? Error, string Provider, string Source, long Line, string RunId);
