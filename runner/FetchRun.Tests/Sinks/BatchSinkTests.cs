using FetchRun.Sdk;
using FetchRun.Reviews.Sinks;
using FetchRun.Reviews.Sinks.Postgres;

namespace FetchRun.Tests.Sinks;

/// <summary>
/// On AWS Batch the container's file system goes with the container, so the SQLite default is refused; and job
/// parameters are returned by DescribeJobs and recorded in CloudTrail
/// (https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeJobs.html,
/// https://docs.aws.amazon.com/batch/latest/userguide/logging-using-cloudtrail.html), so a password in one is refused;
/// so is one in FETCHRUN_DB, which sits in the job definition's environment ("we don't recommend using plaintext environment
/// variables for sensitive information": https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html).
/// </summary>
public sealed class BatchSinkTests
{
    private const string NoDatabase =
        "No results database is configured on AWS Batch: set FETCHRUN_DB or FETCHRUN_DB_SSM_PARAMETER in the job definition, " +
        "or pass --param sink=<target>. The SQLite default would be written inside the container and lost when it ends.";

    private const string PasswordInParameter =
        "The database target given to the job (--param sink=…) contains a password. On AWS Batch, job parameters can be read " +
        "by anyone allowed batch:DescribeJobs and are recorded in CloudTrail. Store the connection string in an SSM SecureString " +
        "parameter and name it in FETCHRUN_DB_SSM_PARAMETER instead.";

    private const string PasswordInVariable =
        "FETCHRUN_DB contains a password. On AWS Batch, the job definition's environment can be read by anyone allowed " +
        "batch:DescribeJobDefinitions or batch:DescribeJobs. Store the connection string in an SSM SecureString parameter and " +
        "name it in FETCHRUN_DB_SSM_PARAMETER, leaving FETCHRUN_DB unset.";

    private static readonly JobInfo BatchJob = new("8f1c2d3e-job", 1, 0, 1, "fetchrun-queue", "fetchrun-spot");

    [TestCase(null)]
    [TestCase("")]
    [TestCase("none")]
    public void ResolveAsync_OnBatchWithoutADatabase_FailsWith64NamingTheVariablesAndTheParameter(string? target)
    {
        var opener = new SinkOpener(_ => null, (_, _) => throw new AssertionException("SSM must not be read")) { OnBatch = true };

        Assert.That(async () => await opener.ResolveAsync(target, default),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage)
                .And.Message.EqualTo(NoDatabase));
    }

    [TestCase("postgres://app:s3cr3t-pw@db.example.com:5432/reviews")]
    [TestCase("Host=db.example.com;Database=reviews;Username=app;Password=s3cr3t-pw")]
    public void ResolveAsync_OnBatchWithAPasswordInTheTarget_FailsWith64WithoutEchoingIt(string target)
    {
        var opener = new SinkOpener(_ => null, (_, _) => throw new AssertionException("SSM must not be read")) { OnBatch = true };

        Assert.That(async () => await opener.ResolveAsync(target, default),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage)
                .And.Message.EqualTo(PasswordInParameter).And.Message.Not.Contains("s3cr3t"));
    }

    [TestCase("postgres://app@db.example.com:5432/reviews", "postgres://app@db.example.com:5432/reviews", "option")]
    [TestCase("/mnt/efs/results.db", "sqlite:/mnt/efs/results.db", "option")]
    [TestCase(null, "postgres://app@from-env:5432/d", "FETCHRUN_DB")]
    public async Task ResolveAsync_OnBatchWithADatabaseAndNoPassword_UsesIt(string? target, string expected, string origin)
    {
        var environment = new Dictionary<string, string> { ["FETCHRUN_DB"] = "postgres://app@from-env/d" };
        var opener = new SinkOpener(environment.GetValueOrDefault, (_, _) => throw new AssertionException("SSM must not be read")) { OnBatch = true };

        var (resolved, from) = await opener.ResolveAsync(target, default);

        Assert.That((Describe(resolved), from), Is.EqualTo((expected, origin)));
    }

    [TestCase("postgres://app:s3cr3t-pw@db.example.com:5432/reviews")]
    [TestCase("Host=db.example.com;Database=reviews;Username=app;Password=s3cr3t-pw")]
    public void ResolveAsync_OnBatchWithAPasswordInFetchrunDb_FailsWith64WithoutEchoingIt(string database)
    {
        var environment = new Dictionary<string, string> { ["FETCHRUN_DB"] = database, ["FETCHRUN_DB_SSM_PARAMETER"] = "/never/read" };
        var opener = new SinkOpener(environment.GetValueOrDefault, (_, _) => throw new AssertionException("SSM must not be read")) { OnBatch = true };

        Assert.That(async () => await opener.ResolveAsync(null, default),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage)
                .And.Message.EqualTo(PasswordInVariable).And.Message.Not.Contains("s3cr3t"));
    }

    [Test]
    public async Task ResolveAsync_OnBatchWithTheSsmParameter_ReadsTheTargetWithItsPasswordFromSsm()
    {
        var environment = new Dictionary<string, string> { ["FETCHRUN_DB_SSM_PARAMETER"] = "/fetchrun/db" };
        var opener = new SinkOpener(environment.GetValueOrDefault, (_, _) => Task.FromResult("postgres://app:pw@db.example.com/d")) { OnBatch = true };

        var (resolved, from) = await opener.ResolveAsync(null, default);

        Assert.That((Describe(resolved), from), Is.EqualTo(("postgres://app@db.example.com:5432/d", "FETCHRUN_DB_SSM_PARAMETER (/fetchrun/db)")));
    }

    [TestCase(true, false)]
    [TestCase(false, true)]
    public async Task OpenAsync_NoDatabase_CreatesTheSqliteFileOnlyOffBatch(bool onBatch, bool created)
    {
        var directory = Directory.CreateTempSubdirectory("fetchrun-batch-sink-").FullName;
        try
        {
            var opener = new SinkOpener(_ => null, (_, _) => throw new AssertionException("SSM must not be read"))
            {
                OnBatch = onBatch, DefaultDirectory = directory,
            };

            Func<Task> open = async () => await (await opener.OpenAsync(null, new RecordingLog(), default)).DisposeAsync();

            if (onBatch)
                Assert.That(open, Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage));
            else
                await open();
            Assert.That(File.Exists(Path.Combine(directory, "fetchrun-results.db")), Is.EqualTo(created));
            Assert.That(Directory.EnumerateFileSystemEntries(directory), created ? Is.Not.Empty : Is.Empty);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void ReviewSinksOpenAsync_BatchJobWithoutADatabase_FailsWith64()
    {
        Assume.That(Environment.GetEnvironmentVariable("FETCHRUN_DB") ?? Environment.GetEnvironmentVariable("FETCHRUN_DB_SSM_PARAMETER"), Is.Null);

        Assert.That(async () => await ReviewSinks.OpenAsync(null, BatchJob, new RecordingLog(), default),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage)
                .And.Message.EqualTo(NoDatabase));
    }

    private static string Describe(SinkTarget target) => target switch
    {
        SinkTarget.Postgres pg => PostgresTarget.Describe(pg.Connection, pg.Schema),
        SinkTarget.Sqlite lite => $"sqlite:{lite.Path}",
        _ => throw new AssertionException("unknown target"),
    };
}
