namespace FetchRun.Reviews.Sinks.Reporting;

/// <summary>
/// The report's queries, one text for both databases apart from what <see cref="ReportDialect"/> supplies. Every
/// figure is aggregated in the database: at most one row per group comes back, never one per review.
/// Parameters: <c>@job</c>, <c>@prefix</c> and <c>@prefix_length</c> (the scope), plus those named per query.
/// </summary>
internal sealed class ReportSql(ReportDialect dialect)
{
    private string Runs => dialect.Table("runs");
    private string Results => dialect.Table("results");
    private string Quarantine => dialect.Table("quarantine");

    /// <summary>The runs in scope (see <see cref="ReportScope"/>).</summary>
    private const string RunScope = "(job_id = @job OR substr(job_id, 1, @prefix_length) = @prefix)";

    /// <summary>Rows written by a run in scope.</summary>
    private string ResultScope => $"run_id IN (SELECT run_id FROM {Runs} WHERE {RunScope})";

    /// <summary>Quarantined lines of a shard the runs in scope read (<c>@sources</c>: their rows' sources and their inputs).</summary>
    private string QuarantineScope => dialect.InList("source", "@sources");

    /// <summary>
    /// The temporary table every row figure is read from: rows in scope counted per (language, category, stars,
    /// sentiment), one scan of <c>results</c> instead of one per figure.
    /// </summary>
    public const string Cube = "fetchrun_report_cube";

    public string CreateCube => dialect.CreateTemporary(Cube,
        $"SELECT language, product_category, stars, sentiment, count(*) AS n FROM {Results} WHERE {ResultScope} " +
        "GROUP BY language, product_category, stars, sentiment");

    public string RunList(string columns) =>
        $"SELECT {columns} FROM {Runs} WHERE {RunScope} ORDER BY started_at, run_id LIMIT {ReportLimits.Runs}";

    public string RunTotals =>
        $"""
        SELECT count(*), max(attempt), count(DISTINCT array_index), min(started_at), max(finished_at), sum(reviews_read),
               sum(rows_written), sum(reviews_skipped), sum(translate_characters), sum(translate_calls),
               sum(language_units + sentiment_units), sum(estimated_cost_usd)
        FROM {Runs} WHERE {RunScope}
        """;

    public string RunStatuses => $"SELECT status, count(*) FROM {Runs} WHERE {RunScope} GROUP BY status";

    /// <summary>Rows per (group, sentiment) for the <c>@top</c> largest groups of <paramref name="column"/>; the rest have a NULL group.</summary>
    public static string TopGroupsBySentiment(string column) =>
        $"""
        SELECT t.g, c.sentiment, sum(c.n) FROM {Cube} c
        LEFT JOIN (SELECT {column} AS g FROM {Cube} GROUP BY {column} ORDER BY sum(n) DESC, {column} LIMIT @top) t ON t.g = c.{column}
        GROUP BY t.g, c.sentiment
        """;

    public static string DistinctCount(string column) => $"SELECT count(DISTINCT {column}) FROM {Cube}";

    public const string StarsBySentiment = $"SELECT stars, sentiment, sum(n) FROM {Cube} GROUP BY stars, sentiment";

    /// <summary>Rows stored per <c>@width</c>-second bucket since <c>@start</c> and per source: the second and last scan of <c>results</c>.</summary>
    public string ThroughputBySource =>
        $"SELECT {dialect.Bucket("stored_at")} AS bucket, source, count(*) FROM {Results} WHERE {ResultScope} GROUP BY bucket, source ORDER BY bucket";

    public string QuarantineCount => $"SELECT count(*) FROM {Quarantine} WHERE {QuarantineScope}";

    public string TopReasons =>
        $"SELECT reason, count(*) FROM {Quarantine} WHERE {QuarantineScope} GROUP BY reason ORDER BY count(*) DESC, reason LIMIT @top";

    /// <summary>The first <c>@examples</c> lines (by source and line) of each reason in <c>@reasons</c>, raw text cut to <c>@raw</c> characters.</summary>
    public string Examples =>
        $"""
        SELECT reason, source, line, substr(raw, 1, @raw) FROM (
          SELECT reason, source, line, raw, ROW_NUMBER() OVER (PARTITION BY reason ORDER BY source, line) AS n
          FROM {Quarantine} WHERE {QuarantineScope} AND {dialect.InList("reason", "@reasons")}
        ) q WHERE n <= @examples ORDER BY reason, source, line
        """;
}
