using System.Text.Json;
using FetchRun.Tests.Reports.Browser;

namespace FetchRun.Tests.Reports;

/// <summary>
/// The report in a real headless Chromium, offline: every chart drawn, no console error, hostile values shown as text.
/// Screenshots go to report-output/ under the test run's output folder (attached to the result too).
/// </summary>
[Category("Browser")]
public sealed class ReportBrowserTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    /// <summary>Waits for every figure, then reports what a reader would see.</summary>
    private const string ReportReady =
        """
        window.fetchrunReport.then(function () {
          return {
            figures: document.querySelectorAll('[data-figure]').length,
            drawn: Array.prototype.filter.call(document.querySelectorAll('[data-figure]'), function (d) { return d.querySelector('svg.main-svg') !== null; }).length,
            scripts: document.scripts.length,
            text: document.body.innerText,
            categoryTicks: Array.prototype.map.call(document.querySelectorAll('[data-figure="chart-category"] .xtick text'), function (t) { return t.textContent; })
          };
        })
        """;

    private HeadlessChromium _browser = null!;

    [OneTimeSetUp]
    public async Task StartBrowser()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        _browser = await HeadlessChromium.StartAsync(deadline.Token);
    }

    [OneTimeTearDown]
    public async Task StopBrowser() => await _browser.DisposeAsync();

    private async Task<PageRender> RenderAsync(string page, string ready, string name)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var render = await _browser.RenderAsync(new Uri(page).AbsoluteUri, ready, ReportFiles.Output(name + ".png"), deadline.Token);
        TestContext.AddTestAttachment(render.Screenshot);
        return render;
    }

    private static async Task<string> FixturePageAsync(string name)
    {
        var path = ReportFiles.Output(name + ".html");
        await File.WriteAllBytesAsync(path, await ReportFiles.FixtureReportAsync());
        return path;
    }

    [Test]
    public async Task Render_Report_DrawsEveryChartWithoutConsoleErrors()
    {
        var render = await RenderAsync(await FixturePageAsync("report"), ReportReady, "report");

        Assert.Multiple(() =>
        {
            Assert.That(render.Errors, Is.Empty);
            Assert.That(render.Ready.GetProperty("figures").GetInt32(), Is.EqualTo(4));
            Assert.That(render.Ready.GetProperty("drawn").GetInt32(), Is.EqualTo(4), "each figure has a plot area");
            Assert.That(new FileInfo(render.Screenshot).Length, Is.GreaterThan(10_000), "a screenshot with something on it");
        });
    }

    [Test]
    public async Task Render_HostileValues_ShowAsTextAndRunNoScript()
    {
        var render = await RenderAsync(await FixturePageAsync("hostile"), ReportReady, "hostile");
        var text = render.Ready.GetProperty("text").GetString();

        Assert.Multiple(() =>
        {
            Assert.That(render.Errors, Is.Empty, "an alert would show here as a dialog");
            Assert.That(render.Ready.GetProperty("scripts").GetInt32(), Is.EqualTo(6), "no script element came from the data");
            Assert.That(text, Does.Contain(ReportFixtureData.Hostile), "the quarantined body, shown as text");
            Assert.That(text, Does.Contain(ReportFixtureData.HostileReason));
            Assert.That(render.Ready.GetProperty("categoryTicks").EnumerateArray().Select(t => t.GetString()),
                Does.Contain(ReportFixtureData.HostileCategory), "the category label, shown as text in the chart");
        });
    }

    [Test]
    public async Task Render_PageWithScriptErrors_ReportsEachOne()
    {
        var page = ReportFiles.Output("broken.html");
        await File.WriteAllTextAsync(page,
            "<!DOCTYPE html><html><body><p>broken</p><script>console.error('logged failure');</script>" +
            "<script>notDefinedAnywhere();</script><script>window.done = Promise.resolve(1);</script></body></html>");

        var render = await RenderAsync(page, "window.done", "broken");

        Assert.Multiple(() =>
        {
            Assert.That(render.Errors, Has.Some.Contains("logged failure"));
            Assert.That(render.Errors, Has.Some.Contains("notDefinedAnywhere"));
            Assert.That(render.Ready.ValueKind, Is.EqualTo(JsonValueKind.Number));
        });
    }

    [Test]
    public async Task Render_PageWhoseReadyExpressionThrows_ReportsIt()
    {
        var page = ReportFiles.Output("no-plotly.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><html><body><p>no charts</p></body></html>");

        var render = await RenderAsync(page, ReportReady, "no-plotly");

        Assert.That(render.Errors, Has.Some.StartsWith("ready expression threw"));
    }
}
