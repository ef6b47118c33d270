using FetchRun.Reviews;

namespace FetchRun.Reviews.Sinks.Schema;

/// <summary>The five tables of docs/database.md, shared by the PostgreSQL and SQLite sinks.</summary>
internal static class SinkTables
{
    public static readonly SinkTable<ReviewResult> Results = new("results", ["review_id"],
    [
        new("review_id", ColumnKind.Text, true, r => r.ReviewId),
        new("product_id", ColumnKind.Text, true, r => r.ProductId),
        new("reviewer_id", ColumnKind.Text, true, r => r.ReviewerId),
        new("stars", ColumnKind.Integer, true, r => r.Stars),
        new("review_title", ColumnKind.Text, false, r => r.Title),
        new("review_body", ColumnKind.Text, true, r => r.Body),
        new("product_category", ColumnKind.Text, true, r => r.ProductCategory),
        new("language", ColumnKind.Text, true, r => r.Language),
        new("language_detected", ColumnKind.Boolean, true, r => r.LanguageDetected),
        new("target_language", ColumnKind.Text, true, r => r.TargetLanguage),
        new("translated_text", ColumnKind.Text, false, r => r.TranslatedText),
        new("translation_status", ColumnKind.Text, true, r => r.TranslationStatus),
        new("sentiment", ColumnKind.Text, false, r => r.Sentiment),
        new("score_positive", ColumnKind.Double, false, r => r.Positive),
        new("score_negative", ColumnKind.Double, false, r => r.Negative),
        new("score_neutral", ColumnKind.Double, false, r => r.Neutral),
        new("score_mixed", ColumnKind.Double, false, r => r.Mixed),
        new("scored_on", ColumnKind.Text, true, r => r.ScoredOn),
        new("error", ColumnKind.Text, false, r => r.Error),
        new("provider", ColumnKind.Text, true, r => r.Provider),
        new("source", ColumnKind.Text, true, r => r.Source),
        new("line", ColumnKind.BigInt, true, r => r.Line),
        new("run_id", ColumnKind.Text, true, r => r.RunId),
    ]);

    public static readonly SinkTable<QuarantinedLine> Quarantine = new("quarantine", ["source", "line"],
    [
        new("source", ColumnKind.Text, true, q => q.Source),
        new("line", ColumnKind.BigInt, true, q => q.Line),
        new("reason", ColumnKind.Text, true, q => q.Reason),
        new("raw", ColumnKind.Text, true, q => q.Raw),
        new("review_id", ColumnKind.Text, false, q => q.ReviewId),
    ]);

    public static readonly SinkTable<CachedTranslation> Translations = new("translations", ["key_hash"],
    [
        new("key_hash", ColumnKind.Text, true, t => t.Key.Hash),
        new("source_language", ColumnKind.Text, true, t => t.SourceLanguage),
        new("target_language", ColumnKind.Text, true, t => t.TargetLanguage),
        new("translated_text", ColumnKind.Text, true, t => t.TranslatedText),
        new("truncated", ColumnKind.Boolean, true, t => t.Truncated),
    ]);

    public static readonly SinkTable<PaidAnswer> Answers = new("answers", ["key_hash"],
    [
        new("key_hash", ColumnKind.Text, true, a => a.Key.Hash),
        new("answer", ColumnKind.Text, true, a => a.Answer),
    ]);

    public static readonly SinkTable<RunRecord> Runs = new("runs", ["run_id"],
    [
        new("run_id", ColumnKind.Text, true, r => r.RunId),
        new("job_id", ColumnKind.Text, true, r => r.JobId),
        new("attempt", ColumnKind.Integer, true, r => r.Attempt),
        new("array_index", ColumnKind.Integer, false, r => r.ArrayIndex),
        new("started_at", ColumnKind.Timestamp, true, r => r.StartedAt.UtcDateTime),
        new("finished_at", ColumnKind.Timestamp, false, r => r.FinishedAt?.UtcDateTime),
        new("status", ColumnKind.Text, true, r => r.Status),
        new("inputs", ColumnKind.Text, true, r => r.Inputs),
        new("reviews_read", ColumnKind.BigInt, true, r => r.Read),
        new("rows_written", ColumnKind.BigInt, true, r => r.Written),
        new("reviews_skipped", ColumnKind.BigInt, true, r => r.Skipped),
        new("lines_quarantined", ColumnKind.BigInt, true, r => r.Quarantined),
        new("translate_characters", ColumnKind.BigInt, true, r => r.TranslateCharacters),
        new("translate_calls", ColumnKind.BigInt, true, r => r.TranslateCalls),
        new("translation_cache_hits", ColumnKind.BigInt, true, r => r.TranslationCacheHits),
        new("language_units", ColumnKind.BigInt, true, r => r.LanguageUnits),
        new("sentiment_units", ColumnKind.BigInt, true, r => r.SentimentUnits),
        new("estimated_cost_usd", ColumnKind.Money, true, r => r.EstimatedCostUsd),
    ]);
}
