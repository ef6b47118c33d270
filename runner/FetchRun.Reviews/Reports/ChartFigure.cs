using System.Text;
using static Giraffe.ViewEngine.HtmlElements;
using Plotly.NET;
using static FetchRun.Reviews.Reports.Html;

namespace FetchRun.Reviews.Reports;

/// <summary>
/// Places a Plotly.NET chart in the page: an empty div and the figure's JSON in a <c>&lt;script
/// type="application/json"&gt;</c> block that the page's loader hands to <c>Plotly.newPlot</c>. Plotly.NET's own
/// chart script is not used: it pastes unescaped JSON into JavaScript (a category holding <c>&lt;/script&gt;</c>
/// would end the script) and fills its template with string replacement (a category holding <c>[LAYOUT]</c> would
/// be replaced). Here the JSON has <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> written as <c>\u003c</c>… escapes, which
/// JSON.parse reads back unchanged and no HTML parser can take for a tag.
/// </summary>
internal static class ChartFigure
{
    /// <summary>The attribute the loader looks for; its value is the id of the JSON block.</summary>
    public const string FigureAttribute = "data-figure";

    public static IEnumerable<XmlNode> Nodes(string id, GenericChart chart) =>
    [
        El("div", [Attr(FigureAttribute, id), Class("chart")]),
        El("script", [Attr("type", "application/json"), Attr("id", id)], Raw(SafeJson(GenericChart.toFigureJson(chart)))),
    ];

    /// <summary>JSON that is the same value and holds no character an HTML parser acts on inside a script block.</summary>
    public static string SafeJson(string json)
    {
        var safe = new StringBuilder(json.Length + 64);
        foreach (var c in json)
        {
            _ = c switch
            {
                '<' => safe.Append("\\u003c"),
                '>' => safe.Append("\\u003e"),
                '&' => safe.Append("\\u0026"),
                '\u2028' => safe.Append("\\u2028"),
                '\u2029' => safe.Append("\\u2029"),
                _ => safe.Append(c),
            };
        }
        return safe.ToString();
    }
}
