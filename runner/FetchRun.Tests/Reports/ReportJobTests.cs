using FetchRun.Sdk;
using FetchRun.Tests.EndToEnd;
using FetchRun.Tests.Reports.Browser;
using FetchRun.Tests.Storage;
using FetchRun.TestSupport.Moto;
using FetchRun.TestSupport.Runner;

namespace FetchRun.Tests.Reports;

/// <summary>
/// The review job writing its report through the real runner: README's main command, a run over max-bad-rate,
/// a report to S3 (moto_server) and a report made later from the database alone.
/// </summary>
[Category("EndToEnd")]
public sealed class ReportJobTests : RunnerFixture
{
    private static readonly string Samples = Path.Combine(RunnerPaths.RepositoryRoot, "jobs", "samples") + "/";
    private static readonly string Script = Path.Combine(RunnerPaths.RepositoryRoot, "jobs", "review-sentiment.csx");
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(3);

    private MotoServer _moto = null!;

    private string Report => Path.Combine(WorkDir, "fetchrun-report.html");

    [OneTimeSetUp]
    public async Task StartMoto() => _moto = await MotoServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopMoto() => await _moto.DisposeAsync();

    protected override Dictionary<string, string?> Environment() => WithoutReviewJobSettings(base.Environment());

    private async Task<(int Code, RunnerProcess Job)> RunJobAsync(IEnumerable<string> args, Dictionary<string, string?>? extra = null)
    {
        var job = Start(["run", Script, .. args], extra);
        return (await job.WaitAsync(JobTimeout), job);
    }

    [Test]
    public async Task Run_MainCommand_WritesAReportBesideTheDatabaseThatChromiumDraws()
    {
        var (code, job) = await RunJobAsync(["--input", Samples, "--param", "max-bad-rate=0.2"]);

        Assert.That(code, Is.Zero, job.Stderr);
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(WorkDir, "fetchrun-results.db")), Is.True);
            Assert.That(job.StdoutLines, Does.Contain($"report         {Report}"));
            Assert.That(ReportFiles.Text(File.ReadAllBytes(Report)), Does.Contain("202 row(s) stored by these runs"));
        });
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var browser = await HeadlessChromium.StartAsync(deadline.Token);
        var render = await browser.RenderAsync(new Uri(Report).AbsoluteUri,
            "window.fetchrunReport.then(function (plots) { return plots.length; })", ReportFiles.Output("main-command.png"), deadline.Token);
        TestContext.AddTestAttachment(render.Screenshot);
        Assert.That((render.Errors, render.Ready.GetInt32()), Is.EqualTo((Array.Empty<string>(), 4)), string.Join("\n", render.Errors));
    }

    [Test]
    public async Task Run_OverMaxBadRate_Exits65AndStillWritesTheReport()
    {
        var (code, job) = await RunJobAsync(["--input", Samples]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.DataError), job.Stderr);
            Assert.That(ReportFiles.Text(File.ReadAllBytes(Report)), Does.Contain("24 line(s) of the shards these runs read were quarantined"));
        });
    }

    [Test]
    public async Task Run_ReportParamOnS3_WritesTheReportNamedAfterTheJob()
    {
        var bucket = $"fetchrun-{Guid.NewGuid():N}"[..30];
        using var s3 = MotoS3.Client(_moto);
        await s3.PutBucketAsync(bucket);
        var aws = MotoServer.AwsEnvironment(_moto.Url).ToDictionary(kv => kv.Key, kv => (string?)kv.Value);

        var (code, job) = await RunJobAsync(["--input", Samples, "--param", "max-bad-rate=0.2", "--param", $"report=s3://{bucket}/reports/"], aws);

        Assert.That(code, Is.Zero, job.Stderr);
        using var stored = await s3.GetObjectAsync(bucket, "reports/local.html");
        using var content = new MemoryStream();
        await stored.ResponseStream.CopyToAsync(content);
        Assert.Multiple(() =>
        {
            Assert.That(job.StdoutLines, Does.Contain($"report         s3://{bucket}/reports/local.html"));
            Assert.That(ReportFiles.Text(content.ToArray()), Does.Contain("202 row(s) stored by these runs"));
            Assert.That(stored.Headers.ContentType, Is.EqualTo("text/html; charset=utf-8"));
            Assert.That(File.Exists(Report), Is.False, "the parameter replaces the local default");
        });
    }

    [Test]
    public async Task Run_ReportOnly_WritesTheReportFromTheDatabaseAndRunsNothing()
    {
        var (first, _) = await RunJobAsync(["--input", Samples, "--param", "max-bad-rate=0.2", "--param", "report=none"]);
        Assert.That((first, File.Exists(Report)), Is.EqualTo((0, false)), "report=none writes nothing");

        var (code, job) = await RunJobAsync(["--param", "report-only=true", "--param", "report-job=local", "--param", "report=later/"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, job.Stderr);
            Assert.That(job.Stdout, Does.Not.Contain("rows written"), "the pipeline did not run");
            Assert.That(ReportFiles.Text(File.ReadAllBytes(Path.Combine(WorkDir, "later", "local.html"))), Does.Contain("202 row(s) stored by these runs"));
        });
    }
}
