namespace FetchRun.Reviews.Reports;

/// <summary>The report's own style sheet and the loader that draws each figure (plotly.js itself comes from Plotly.NET).</summary>
internal static class ReportAssets
{
    public const string Style =
        """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #222; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
        table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.9rem; }
        th, td { border: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        td.number, table.numbers td { text-align: right; font-variant-numeric: tabular-nums; }
        table.examples td:last-child { font-family: ui-monospace, monospace; white-space: pre-wrap; word-break: break-all; }
        .chart { width: 100%; height: 420px; }
        .note { color: #555; font-size: 0.9rem; }
        """;

    /// <summary>
    /// Parses each figure's JSON block (never evaluated as script) and draws it into its div. Plotly.NET gives every
    /// layout a fixed 600 × 600 size; dropping it lets the figure fill its div (the style sheet sets the height).
    /// <c>window.fetchrunReport</c> settles when every figure is drawn (the browser test waits on it).
    /// </summary>
    public const string Loader =
        $$"""
        window.fetchrunReport = Promise.all(Array.prototype.map.call(document.querySelectorAll('[{{ChartFigure.FigureAttribute}}]'), function (div) {
          var figure = JSON.parse(document.getElementById(div.getAttribute('{{ChartFigure.FigureAttribute}}')).textContent);
          var layout = figure.layout;
          delete layout.width;
          delete layout.height;
          layout.autosize = true;
          return Plotly.newPlot(div, figure.data, layout, { responsive: true, displaylogo: false });
        }));
        """;
}
