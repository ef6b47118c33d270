using FetchRun.Reviews;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Tests.Sinks;

/// <summary>Rows for sink tests.</summary>
internal static class SinkRows
{
    public static ReviewResult Result(string id, string sentiment = "POSITIVE", string? translation = "Great product") =>
        new(id, "product_1", "reviewer_1", 5, "Titel", "Tolles Produkt", "home", "de", false, "en", translation, "translated",
            sentiment, 0.9, 0.05, 0.04, 0.01, "source", null, "local", "s3://bucket/shard-0.jsonl", 7, "run-1");

    public static QuarantinedLine Quarantined(long line, string reason = "stars: 7 is outside 1–5") =>
        new("s3://bucket/shard-0.jsonl", line, reason, "{\"stars\":7}", "r-bad");

    public static CachedTranslation Translation(string text) =>
        new(TranslationCacheKey.For(text, "de", "en"), "de", "en", $"en:{text}", false);

    public static RunRecord Run(string status, long written) => new()
    {
        RunId = "job-1:1:0", JobId = "job-1", Attempt = 1, ArrayIndex = 0, StartedAt = DateTimeOffset.Parse("2026-01-02T03:04:05Z", System.Globalization.CultureInfo.InvariantCulture),
        Status = status, Inputs = "s3://bucket/shard-0.jsonl", Read = written, Written = written, EstimatedCostUsd = 0.0123m,
    };
}
