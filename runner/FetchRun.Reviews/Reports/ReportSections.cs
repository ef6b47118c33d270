using FetchRun.Reviews.Sinks.Reporting;
using static Giraffe.ViewEngine.HtmlElements;
using static FetchRun.Reviews.Reports.Html;
using static FetchRun.Reviews.Reports.ReportFormat;

namespace FetchRun.Reviews.Reports;

/// <summary>The report's text and tables; every value from the database is passed as text, never as markup.</summary>
internal static class ReportSections
{
    public static IEnumerable<XmlNode> Runs(ReportData data)
    {
        var t = data.Totals;
        yield return Heading("Runs");
        yield return Paragraph(
            $"{Count(t.Runs)} run(s) of job {data.Scope.JobId}: attempts up to {t.MaxAttempt}, {Count(t.ArrayChildren)} array child(ren); " +
            $"first started {Time(t.FirstStarted)}, last finished {Time(t.LastFinished)}; " +
            $"status {string.Join(", ", t.Statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {Count(s.Value)}"))}.");
        yield return Table("numbers runs",
            ["run", "job", "attempt", "array index", "started", "finished", "took", "status", "read", "written", "already stored", "quarantined", "cost"],
            data.Runs.Select(r => (IReadOnlyList<string>)
            [
                r.RunId, r.JobId, r.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture), r.ArrayIndex?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—",
                Time(r.StartedAt), Time(r.FinishedAt), Duration(r.StartedAt, r.FinishedAt), r.Status, Count(r.Read), Count(r.Written),
                Count(r.Skipped), Count(r.Quarantined), Usd(r.EstimatedCostUsd),
            ]));
        if (t.Runs > data.Runs.Count)
            yield return Note($"The first {data.Runs.Count} runs by start time are listed; the totals cover all {Count(t.Runs)}.");
    }

    public static IEnumerable<XmlNode> Cost(ReportData data)
    {
        var t = data.Totals;
        yield return Heading("Usage and estimated cost");
        yield return Table("numbers cost", ["measure", "value"],
        [
            ["reviews read", Count(t.Read)],
            ["rows written", Count(t.Written)],
            ["already stored (skipped)", Count(t.Skipped)],
            ["Translate characters (billable)", Count(t.TranslateCharacters)],
            ["Translate calls", Count(t.TranslateCalls)],
            ["Comprehend units (language + sentiment)", Count(t.ComprehendUnits)],
            ["estimated cost", Usd(t.EstimatedCostUsd)],
        ]);
        yield return Note("The cost is each run's estimate at the list prices it was given (parameters price-translate-per-million-chars and price-comprehend-per-unit).");
    }

    public static IEnumerable<XmlNode> StarsTable(StarsAgreement stars)
    {
        yield return Table("numbers stars", ["stars", .. Sentiments.Scored],
            Enumerable.Range(1, 5).Select(s => (IReadOnlyList<string>)
                [s.ToString(System.Globalization.CultureInfo.InvariantCulture), .. Enumerable.Range(0, Sentiments.Scored.Count).Select(c => Count(stars.Count(s, c)))]));
        yield return El("p", Class("agreement"), Text(stars.Share is { } share
            ? $"Agreement: {Share(share)} of {Count(stars.Compared)} rows ({Count(stars.Agreeing)} agree)."
            : "Agreement: no row with 1, 2, 4 or 5 stars has a sentiment yet."));
        yield return Note("Stars and sentiment agree when 1–2 stars are scored NEGATIVE or 4–5 stars POSITIVE; rows with 3 stars " +
            $"and rows without a sentiment ({Count(stars.NotCounted)}) are left out.");
    }

    public static IEnumerable<XmlNode> Quarantine(ReportData data)
    {
        yield return Heading("Quarantined lines");
        yield return Paragraph($"{Count(data.Quarantined)} line(s) of the shards these runs read were quarantined.");
        if (data.Quarantined == 0)
            yield break;
        yield return Table("reasons", ["reason", "lines", "first lines (source:line)"],
            data.Reasons.Select(r => (IReadOnlyList<string>)
            [
                r.Reason ?? "(other reasons)", Count(r.Count),
                string.Join(", ", data.Examples.Where(e => e.Reason == r.Reason).Select(e => $"{e.Source}:{e.Line}")),
            ]));
        yield return Table("examples", ["reason", "source", "line", $"raw (first {ReportLimits.RawCharacters} characters)"],
            data.Examples.Select(e => (IReadOnlyList<string>)[e.Reason, e.Source, Count(e.Line), e.Raw]));
    }

    public static XmlNode Note(string text) => El("p", Class("note"), Text(text));
}
