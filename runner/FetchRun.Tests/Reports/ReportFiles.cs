using System.Text;
using FetchRun.Reviews.Reports;
using FetchRun.Reviews.Sinks.Reporting;
using FetchRun.Tests.Sinks;

namespace FetchRun.Tests.Reports;

/// <summary>The fixture data's report for job-a, built from a fresh SQLite database.</summary>
internal static class ReportFiles
{
    public static async Task<byte[]> FixtureReportAsync()
    {
        await using var database = await SinkDatabase.CreateAsync(SinkKind.Sqlite);
        await using var sink = await database.OpenAsync();
        await ReportFixtureData.WriteAsync(sink);
        var (_, page) = await RunReports.BuildAsync((IReportReader)sink, new ReportScope("job-a"), sink.Description, ReportFixtureData.Start, default);
        return page;
    }

    /// <summary>The page as text, without its byte-order mark.</summary>
    public static string Text(byte[] page) => new UTF8Encoding(false).GetString(page).TrimStart('\uFEFF');

    /// <summary>Where screenshots and pages for people to look at go: the test run's output folder.</summary>
    public static string Output(string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-output", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
