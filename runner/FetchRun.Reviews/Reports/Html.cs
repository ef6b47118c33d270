using Giraffe.ViewEngine;
using Microsoft.FSharp.Collections;
using static Giraffe.ViewEngine.HtmlElements;

namespace FetchRun.Reviews.Reports;

/// <summary>
/// Giraffe.ViewEngine from C#: elements, attributes and text. Text and attribute values are HTML-encoded when the
/// page is rendered, so review values can never become markup; only <see cref="Raw"/> is not, and it is used for
/// the report's own script and style alone.
/// </summary>
internal static class Html
{
    public static XmlNode El(string name, params IEnumerable<XmlNode> children) =>
        tag(name, FSharpList<XmlAttribute>.Empty, ListModule.OfSeq(children));

    public static XmlNode El(string name, XmlAttribute attribute, params IEnumerable<XmlNode> children) =>
        tag(name, ListModule.OfSeq([attribute]), ListModule.OfSeq(children));

    public static XmlNode El(string name, IEnumerable<XmlAttribute> attributes, params IEnumerable<XmlNode> children) =>
        tag(name, ListModule.OfSeq(attributes), ListModule.OfSeq(children));

    public static XmlAttribute Attr(string name, string value) => attr(name, value);

    public static XmlAttribute Class(string value) => attr("class", value);

    public static XmlNode Text(string? value) => encodedText(value ?? "");

    public static XmlNode Raw(string trustedMarkup) => rawText(trustedMarkup);

    public static XmlNode Heading(string text) => El("h2", Text(text));

    public static XmlNode Paragraph(string text) => El("p", Text(text));

    /// <summary>A table with a header row; every cell is text.</summary>
    public static XmlNode Table(string cssClass, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        El("table", Class(cssClass),
            El("thead", El("tr", header.Select(h => El("th", Text(h))))),
            El("tbody", rows.Select(row => El("tr", row.Select(cell => El("td", Text(cell)))))));

    /// <summary>The page as bytes: UTF-8 with a byte-order mark, because plotly.js comes first in the head and
    /// a browser looks for the charset declaration only in the first kilobyte.</summary>
    public static byte[] Render(XmlNode document)
    {
        var text = RenderView.AsString.htmlDocument(document);
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. utf8.GetPreamble(), .. utf8.GetBytes(text)];
    }
}
