using System.Globalization;
using FetchRun.Reviews;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Benchmarks.Reports;

/// <summary>
/// A stored array job shaped like a real one for the report benchmark: ten children, rows spread over 8 languages,
/// 25 categories, 5 star ratings and the four sentiments (some unscored), and about 1% of lines quarantined under a
/// handful of reasons. Deterministic.
/// </summary>
internal static class ReportRows
{
    public const string JobId = "bench";
    private const int Children = 10;
    private static readonly string[] Languages = ["de", "en", "es", "fr", "it", "ja", "zh", "pt"];
    private static readonly string[] Sentiments = ["POSITIVE", "NEGATIVE", "NEUTRAL", "MIXED"];

    public static async Task WriteAsync(IReviewSink sink, int rows)
    {
        var random = new Random(200_000);
        var start = DateTimeOffset.UtcNow.AddMinutes(-30);
        for (var child = 0; child < Children; child++)
            await sink.SaveRunAsync(Run(child, start, rows / Children), default);
        var batch = new List<ReviewResult>(1000);
        var bad = new List<QuarantinedLine>();
        for (var i = 0; i < rows; i++)
        {
            var child = i % Children;
            var source = Shard(child);
            var stars = 1 + random.Next(5);
            // Mostly agreeing with the stars, a quarter at random, one in twenty unscored.
            var leaning = stars >= 4 ? 0 : stars <= 2 ? 1 : 2 + random.Next(2);
            var sentiment = random.Next(20) == 0 ? null : Sentiments[random.Next(4) == 0 ? random.Next(4) : leaning];
            batch.Add(new ReviewResult(string.Create(CultureInfo.InvariantCulture, $"r{i:D7}"), "p", "u", stars, null, "body text of the review",
                string.Create(CultureInfo.InvariantCulture, $"category_{random.Next(25):D2}"), Languages[random.Next(Languages.Length)], false, "en",
                null, "translated", sentiment, 0.4, 0.3, 0.2, 0.1, "source", null, "aws", source, i + 1, RunId(child)));
            if (i % 100 == 0)
                bad.Add(new QuarantinedLine(source, rows + i, $"stars: {6 + random.Next(4)} is outside 1–5", "{\"stars\": 9, \"review_body\": \"…\"}"));
            if (batch.Count == batch.Capacity)
            {
                await sink.WriteBatchAsync(batch, bad, [], default);
                batch.Clear();
                bad.Clear();
            }
        }
        await sink.WriteBatchAsync(batch, bad, [], default);
    }

    private static string Shard(int child) => string.Create(CultureInfo.InvariantCulture, $"s3://bench/shards/part-{child:D4}.jsonl.gz");

    private static string RunId(int child) => string.Create(CultureInfo.InvariantCulture, $"{JobId}:{child}#1");

    private static RunRecord Run(int child, DateTimeOffset start, long rows) => new()
    {
        RunId = RunId(child), JobId = string.Create(CultureInfo.InvariantCulture, $"{JobId}:{child}"), Attempt = 1, ArrayIndex = child,
        StartedAt = start, FinishedAt = start.AddMinutes(20), Status = "succeeded", Inputs = Shard(child), Read = rows, Written = rows,
        TranslateCharacters = rows * 180, TranslateCalls = rows, LanguageUnits = rows * 3, SentimentUnits = rows * 3, EstimatedCostUsd = rows * 0.0033m,
    };
}
