using System.Globalization;
using FetchRun.Reviews.Sinks.Reporting;
using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace FetchRun.Reviews.Reports;

/// <summary>
/// The report's charts, built with Plotly.NET from the aggregates; every label from the data goes through <see cref="PlotlyText"/>.
/// <c>UseDefaults: false</c> leaves out Plotly.NET's default template: serialising it took about half a second per chart
/// (docs/benchmarks.md), and plotly.js's own defaults look the same to a reader.
/// </summary>
internal static class ReportCharts
{
    /// <summary>Rows per group (its bar's height), split by sentiment; groups in descending order of rows, "other" last.</summary>
    public static GenericChart SentimentByGroup(IReadOnlyList<GroupCount> counts, string otherLabel, string axisTitle)
    {
        var groups = counts
            .GroupBy(c => c.Group)
            .Select(g => (Key: g.Key, Total: g.Sum(c => c.Count)))
            .OrderBy(g => g.Key is null ? 1 : 0).ThenByDescending(g => g.Total).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        var labels = groups.Select(g => PlotlyText.Literal(g ?? otherLabel)).ToList();
        var traces = Sentiments.Labels.Select(sentiment =>
        {
            var values = groups.Select(g => counts.Where(c => c.Group == g && Sentiments.Label(c.Sentiment) == sentiment).Sum(c => c.Count)).ToList();
            var colour = Color.fromString(Sentiments.Colour(sentiment));
            return Chart.StackedColumn<long, string, string>(values, Keys: labels, Name: sentiment, MarkerColor: colour, UseDefaults: false);
        });
        return Chart.Combine(traces)
            .WithXAxisStyle<string, string, string>(TitleText: axisTitle, CategoryOrder: StyleParam.CategoryOrder.Array, CategoryArray: labels)
            .WithYAxisStyle<string, string, string>(TitleText: "rows");
    }

    /// <summary>A 5 × 4 heat map of rows per star rating and sentiment, each cell annotated with its count.</summary>
    public static GenericChart StarsHeatmap(StarsAgreement stars)
    {
        var rows = Enumerable.Range(1, 5).Select(s => Enumerable.Range(0, Sentiments.Scored.Count).Select(c => stars.Count(s, c)).ToList()).ToList();
        var text = rows.Select(r => r.Select(v => v.ToString("N0", CultureInfo.InvariantCulture)).ToList()).ToList();
        return Chart.AnnotatedHeatmap<long, string, string, string>(rows, text, X: new Optional<IEnumerable<string>>(Sentiments.Scored, true), Y: new Optional<IEnumerable<string>>(StarLabels, true),
                ColorScale: StyleParam.Colorscale.YIGnBu, ReverseScale: true, UseDefaults: false)
            .WithXAxisStyle<string, string, string>(TitleText: "sentiment")
            .WithYAxisStyle<string, string, string>(TitleText: "stars");
    }

    private static readonly string[] StarLabels = ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"];

    /// <summary>Rows stored per second in each bucket, from the rows' stored_at.</summary>
    public static GenericChart Throughput(IReadOnlyList<ThroughputPoint> points, TimeSpan bucket)
    {
        var x = points.Select(p => p.Start.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).ToList();
        var y = points.Select(p => Math.Round(p.Rows / bucket.TotalSeconds, 2)).ToList();
        return Chart.Line<string, double, string>(x, y, ShowMarkers: true, Name: "rows per second", UseDefaults: false)
            .WithXAxisStyle<string, string, string>(TitleText: $"time (UTC), {bucket.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s buckets")
            .WithYAxisStyle<string, string, string>(TitleText: "rows stored per second");
    }
}
