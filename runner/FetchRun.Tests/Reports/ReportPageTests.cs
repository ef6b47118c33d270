using System.Text.RegularExpressions;

namespace FetchRun.Tests.Reports;

/// <summary>The page's bytes: self-contained, UTF-8, and no value from the data ever written as markup.</summary>
public sealed partial class ReportPageTests
{
    [Test]
    public async Task Build_HostileValues_AreWrittenAsTextNeverAsMarkup()
    {
        var html = ReportFiles.Text(await ReportFiles.FixtureReportAsync());

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script>alert"), "a review body or category never opens a script");
            Assert.That(html, Does.Not.Contain("</script><script>"), "a category never closes the JSON block");
            Assert.That(html, Does.Not.Contain("<img"), "a reason never becomes an element");
            Assert.That(OpeningScripts().Count(html), Is.EqualTo(6), "plotly.js, four figures and the loader");
            Assert.That(html, Does.Contain("&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;"), "the quarantined body, encoded");
            Assert.That(html, Does.Contain("\\u0026lt;/script\\u0026gt;\\u0026lt;script\\u0026gt;"),
                "the category inside the figure JSON: entities for plotly's labels, then JSON escapes");
        });
    }

    [Test]
    public async Task Build_Page_IsSelfContainedUtf8UnderFiveMegabytes()
    {
        var page = await ReportFiles.FixtureReportAsync();
        var html = ReportFiles.Text(page);
        // plotly.js itself holds links (map attributions) that are never fetched; the rest of the page is ours.
        var afterPlotly = html[(html.IndexOf("</script>", StringComparison.Ordinal) + "</script>".Length)..];

        Assert.Multiple(() =>
        {
            Assert.That(page.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "the BOM fixes the encoding: the charset tag comes after plotly.js");
            Assert.That(html, Does.Contain("plotly.js v2.28.0"), "plotly.js is inline");
            Assert.That(ExternalReference().IsMatch(afterPlotly), Is.False, "nothing is loaded from elsewhere");
            Assert.That(page, Has.Length.LessThan(5 * 1024 * 1024));
            Assert.That(html, Does.Contain("stars: 9 is outside 1–5"), "non-ASCII text survives");
        });
    }

    [GeneratedRegex("<script", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningScripts();

    [GeneratedRegex("""(src|href)\s*=\s*["']?(https?:|//)|<link|<script[^>]+src""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
