using FetchRun.Sdk;
using FetchRun.TestSupport.Runner;

namespace FetchRun.Tests.EndToEnd.Reviews;

/// <summary>
/// The review job under AWS Batch (AWS_BATCH_JOB_ID set) refuses, before writing anything, to keep its results in the
/// container (whose file system goes when the job ends) or to take a password from its job parameters (returned by
/// DescribeJobs and recorded in CloudTrail: https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeJobs.html)
/// or from FETCHRUN_DB in its job definition's environment.
/// </summary>
[Category("EndToEnd")]
public sealed class ReviewJobOnBatchTests : RunnerFixture
{
    private const string Password = "pw-8c41e0-not-for-logs";

    private static readonly string Samples = Path.Combine(RunnerPaths.RepositoryRoot, "jobs", "samples") + "/";
    private static readonly string Script = Path.Combine(RunnerPaths.RepositoryRoot, "jobs", "review-sentiment.csx");

    protected override Dictionary<string, string?> Environment()
    {
        var env = WithoutReviewJobSettings(base.Environment());
        env["AWS_BATCH_JOB_ID"] = "6f0e2a1c-review-job";
        env["AWS_BATCH_JOB_ATTEMPT"] = "1";
        return env;
    }

    [Test]
    public async Task Run_OnBatchWithNoDatabase_Exits64NamingTheVariablesAndCreatesNothing()
    {
        var (code, job) = await RunAsync(["run", Script, "--input", Samples]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Usage), job.Stderr);
            Assert.That(job.Stderr, Does.Contain("No results database is configured on AWS Batch: set FETCHRUN_DB or FETCHRUN_DB_SSM_PARAMETER"));
            Assert.That(job.Stderr, Does.Contain("or pass --param sink="));
            Assert.That(DatabaseFiles(), Is.Empty, "nothing is written to the container");
        });
    }

    [Test]
    public async Task Run_OnBatchWithAPasswordInTheSinkParameter_Exits64PointingToSsmWithoutEchoingIt()
    {
        var (code, job) = await RunAsync(["run", Script, "--input", Samples,
            "--param", $"sink=postgres://app:{Password}@db.example.com:5432/reviews"]);

        AssertPasswordRefused(code, job, "contains a password. On AWS Batch, job parameters can be read by anyone allowed batch:DescribeJobs");
    }

    [Test]
    public async Task Run_OnBatchWithAPasswordInFetchrunDb_Exits64PointingToSsmWithoutEchoingIt()
    {
        var (code, job) = await RunAsync(["run", Script, "--input", Samples],
            new() { ["FETCHRUN_DB"] = $"Host=db.example.com;Database=reviews;Username=app;Password={Password}" });

        AssertPasswordRefused(code, job, "FETCHRUN_DB contains a password. On AWS Batch, the job definition's environment can be read");
    }

    private void AssertPasswordRefused(int code, RunnerProcess job, string reason) => Assert.Multiple(() =>
    {
        Assert.That(code, Is.EqualTo(ExitCodes.Usage), job.Stderr);
        Assert.That(job.Stderr, Does.Contain(reason).And.Contain("Store the connection string in an SSM SecureString parameter and name it in FETCHRUN_DB_SSM_PARAMETER"));
        Assert.That(job.Stderr + job.Stdout, Does.Not.Contain(Password));
        Assert.That(DatabaseFiles(), Is.Empty, "nothing is written to the container");
    });

    private List<string> DatabaseFiles() =>
        Directory.EnumerateFiles(WorkDir, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(CacheDir, StringComparison.Ordinal))
            .ToList();
}
