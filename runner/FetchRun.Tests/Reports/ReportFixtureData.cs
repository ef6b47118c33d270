using FetchRun.Reviews;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Tests.Reports;

/// <summary>
/// A small database for report tests: array job <c>job-a</c> (children 0 and 1, child 1 on its second attempt) and an
/// unrelated job <c>job-b</c> whose rows and quarantined lines must stay out of job-a's report. Values from "reviews"
/// include markup, so every test also shows they stay text.
/// </summary>
internal static class ReportFixtureData
{
    public const string Hostile = "<script>alert('body')</script>";
    public const string HostileCategory = "</script><script>alert('category')</script>";
    public const string HostileReason = "stars: \"<img src=x onerror=alert('reason')>\" is not a number";
    public const string Shard0 = "s3://bucket/in/shard-0.jsonl";
    public const string Shard1 = "s3://bucket/in/shard-1.jsonl";
    public const string OtherShard = "s3://bucket/in/other.jsonl";

    public static readonly DateTimeOffset Start = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(IReviewSink sink)
    {
        await sink.SaveRunAsync(Run("job-a:0#1", "job-a:0", 1, 0, Shard0, "succeeded", written: 6, cost: 0.01m), default);
        await sink.SaveRunAsync(Run("job-a:1#1", "job-a:1", 1, 1, Shard1, "stopped", written: 2, cost: 0.002m), default);
        await sink.SaveRunAsync(Run("job-a:1#2", "job-a:1", 2, 1, Shard1, "succeeded", written: 2, cost: 0.003m), default);
        await sink.SaveRunAsync(Run("job-b#1", "job-b", 1, null, OtherShard, "succeeded", written: 1, cost: 5m), default);
        await sink.WriteBatchAsync(
        [
            Result("a1", 5, "POSITIVE", "de", "home", "job-a:0#1", Shard0, 1),
            Result("a2", 4, "POSITIVE", "de", "home", "job-a:0#1", Shard0, 2),
            Result("a3", 1, "NEGATIVE", "en", HostileCategory, "job-a:0#1", Shard0, 3),
            Result("a4", 2, "POSITIVE", "en", "home", "job-a:0#1", Shard0, 4),
            Result("a5", 3, "NEUTRAL", "ja", "books", "job-a:0#1", Shard0, 5),
            Result("a6", 5, null, "ja", "books", "job-a:0#1", Shard0, 6),
            Result("a7", 1, "NEGATIVE", "fr", "toys", "job-a:1#1", Shard1, 1),
            Result("a8", 5, "MIXED", "fr", "toys", "job-a:1#1", Shard1, 2),
            Result("a9", 4, "POSITIVE", "en", "toys", "job-a:1#2", Shard1, 3),
            Result("a10", 4, "POSITIVE", "en", "toys", "job-a:1#2", Shard1, 4),
            Result("b1", 1, "NEGATIVE", "es", "garden", "job-b#1", OtherShard, 1),
        ],
        [
            new QuarantinedLine(Shard0, 7, "stars: 9 is outside 1–5", "{\"stars\":9}"),
            new QuarantinedLine(Shard0, 8, "stars: 9 is outside 1–5", "{\"stars\":9,\"x\":1}"),
            new QuarantinedLine(Shard1, 9, "stars: 9 is outside 1–5", "{\"stars\":9,\"x\":2}"),
            new QuarantinedLine(Shard1, 10, "stars: 9 is outside 1–5", "{\"stars\":9,\"x\":3}"),
            new QuarantinedLine(Shard1, 11, HostileReason, $"{{\"review_body\":\"{Hostile}\"}}"),
            new QuarantinedLine(OtherShard, 2, "review_id: missing", "{}"),
        ], [], default);
    }

    private static RunRecord Run(string runId, string jobId, int attempt, int? index, string input, string status, long written, decimal cost) => new()
    {
        RunId = runId, JobId = jobId, Attempt = attempt, ArrayIndex = index, StartedAt = Start.AddMinutes(attempt),
        FinishedAt = Start.AddMinutes(attempt + 1), Status = status, Inputs = input, Read = written, Written = written,
        TranslateCharacters = 1000 * written, TranslateCalls = written, LanguageUnits = 3 * written, SentimentUnits = 3 * written,
        EstimatedCostUsd = cost,
    };

    private static ReviewResult Result(string id, int stars, string? sentiment, string language, string category, string runId, string source, long line) =>
        new(id, "p", "r", stars, null, Hostile, category, language, false, "en", null, "not_needed", sentiment,
            sentiment is null ? null : 0.5, sentiment is null ? null : 0.2, sentiment is null ? null : 0.2, sentiment is null ? null : 0.1,
            sentiment is null ? "none" : "source", null, "local", source, line, runId);
}
