namespace FetchRun.Reviews.Reports;

/// <summary>
/// Text handed to plotly.js. Plotly reads a small set of HTML-like tags in labels (<c>&lt;b&gt;</c>, <c>&lt;br&gt;</c>,
/// <c>&lt;a href&gt;</c>…) and drops tags it does not know, so a category such as <c>&lt;script&gt;</c> would vanish or
/// turn into a link. Writing <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as entities makes plotly show the value exactly as stored.
/// </summary>
internal static class PlotlyText
{
    public static string Literal(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
