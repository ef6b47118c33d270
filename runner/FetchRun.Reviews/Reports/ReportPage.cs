using FetchRun.Reviews.Sinks.Reporting;
using static Giraffe.ViewEngine.HtmlElements;
using Plotly.NET;
using static FetchRun.Reviews.Reports.Html;
using static FetchRun.Reviews.Reports.ReportFormat;

namespace FetchRun.Reviews.Reports;

/// <summary>
/// Composes the whole report into one self-contained page: plotly.js inlined by Plotly.NET (<see cref="PlotlyJSReference.Full"/>),
/// the figures as JSON blocks, the tables as text. Nothing is fetched when it opens.
/// </summary>
internal static class ReportPage
{
    public static byte[] Build(ReportData data, string source, DateTimeOffset generatedAt)
    {
        var title = $"FetchRun report: job {data.Scope.JobId}";
        List<XmlNode> body =
        [
            El("h1", Text(title)),
            Paragraph($"Made {Time(generatedAt)} from {source}. {Count(data.Rows)} row(s) stored by these runs."),
            .. ReportSections.Runs(data),
            .. Charts(data),
            .. ReportSections.Quarantine(data),
            .. ReportSections.Cost(data),
            El("script", Attr("type", "text/javascript"), Raw(ReportAssets.Loader)),
        ];
        var headTags = Microsoft.FSharp.Collections.ListModule.OfSeq(new[]
        {
            El("meta", [Attr("name", "viewport"), Attr("content", "width=device-width, initial-scale=1")]),
            El("style", Raw(ReportAssets.Style)),
        });
        var document = HTML.Doc(body, title, "FetchRun review pipeline run report", "utf-8", Raw(""), PlotlyJSReference.Full,
            AdditionalHeadTags: headTags, ChartDescription: null);
        return Render(document);
    }

    private static IEnumerable<XmlNode> Charts(ReportData data)
    {
        yield return Heading("Rows and sentiment by language");
        if (data.Rows == 0)
        {
            yield return Paragraph("No rows are stored for these runs yet, so there is nothing to chart.");
            yield break;
        }
        foreach (var node in ChartFigure.Nodes("chart-language", ReportCharts.SentimentByGroup(data.ByLanguage, "other languages", "language")))
            yield return node;

        yield return Heading("Sentiment by product category");
        foreach (var node in ChartFigure.Nodes("chart-category", ReportCharts.SentimentByGroup(data.ByCategory, "other categories", "product category")))
            yield return node;
        if (data.Categories > ReportLimits.Categories)
            yield return ReportSections.Note($"The {ReportLimits.Categories} largest of {Count(data.Categories)} categories are shown; the rest are under \"other categories\".");

        yield return Heading("Stars and sentiment");
        var stars = new StarsAgreement(data.ByStars);
        foreach (var node in ChartFigure.Nodes("chart-stars", ReportCharts.StarsHeatmap(stars)))
            yield return node;
        foreach (var node in ReportSections.StarsTable(stars))
            yield return node;

        yield return Heading("Throughput");
        foreach (var node in ChartFigure.Nodes("chart-throughput", ReportCharts.Throughput(data.Throughput, data.ThroughputBucket)))
            yield return node;
        yield return ReportSections.Note("Rows stored per second over the runs, from each row's stored_at (a row rewritten later counts at its last write).");
    }
}
