using Amazon.S3;
using Amazon.S3.Model;
using FetchRun.TestSupport.Moto;
using FetchRun.Tests.EndToEnd;

namespace FetchRun.Tests.Packages;

/// <summary>Package and assembly references of scripts kept in S3 (a real moto_server), with the shared compile cache.</summary>
public sealed class S3PackageScriptTests : RunnerFixture
{
    private MotoServer _moto = null!;
    private AmazonS3Client _s3 = null!;
    private string _bucket = "";

    [OneTimeSetUp]
    public async Task StartMoto()
    {
        _moto = await MotoServer.StartAsync();
        _s3 = new AmazonS3Client("testing", "testing", new AmazonS3Config { ServiceURL = _moto.Url, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
    }

    [OneTimeTearDown]
    public async Task StopMoto()
    {
        _s3.Dispose();
        await _moto.DisposeAsync();
    }

    [SetUp]
    public async Task CreateBucket()
    {
        _bucket = $"fetchrun-{Guid.NewGuid():N}"[..30];
        await _s3.PutBucketAsync(_bucket);
    }

    protected override Dictionary<string, string?> Environment()
    {
        var env = base.Environment();
        foreach (var (name, value) in MotoServer.AwsEnvironment(_moto.Url))
            env[name] = value;
        return env;
    }

    [Test]
    public async Task CheckThenRun_PackagesFromS3Script_SharedHitWithTheFeedGoneLoadsNeitherCompilerNorNuGet()
    {
        var feed = LocalPackageFeed.Create(Path.Combine(WorkDir, "feed"));
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = "jobs/packages.csx", ContentBody = LocalPackageFeed.Script });
        var script = $"s3://{_bucket}/jobs/packages.csx";
        var cache = new[] { "--cache", $"s3://{_bucket}/cache/" };
        var withFeed = new Dictionary<string, string?> { ["FETCHRUN_NUGET_SOURCE"] = feed };

        var (runCode, run) = await RunAsync(["run", script], withFeed);
        var (checkCode, check) = await RunAsync(["check", script, .. cache], withFeed);
        Directory.Delete(feed, recursive: true);
        Directory.Delete(CacheDir, recursive: true);
        var (hitCode, hit) = await RunAsync(["run", script, .. cache], withFeed);

        Assert.Multiple(() =>
        {
            Assert.That((runCode, run.Stdout), Is.EqualTo((0, LocalPackageFeed.ScriptOutput)), run.Stderr);
            Assert.That(checkCode, Is.EqualTo(0), check.Stderr);
            Assert.That((hitCode, hit.Stdout), Is.EqualTo((0, LocalPackageFeed.ScriptOutput)), hit.Stderr);
            Assert.That(hit.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("sharedhit"));
            Assert.That(hit.LogRecord("script ready").GetProperty("packages").GetString(), Is.EqualTo(string.Join(", ", LocalPackageFeed.RestoredByScript)));
            Assert.That(hit.LogRecord("job finished").GetProperty("compiler_loaded").GetBoolean(), Is.False);
            Assert.That(hit.LogRecord("job finished").GetProperty("nuget_loaded").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task Run_AssemblyBesideS3Script_IsFetchedFromTheBucket()
    {
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = "jobs/lib/CommandLine.dll", FilePath = LocalPackageFeed.CommandLineAssembly() });
        await _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _bucket, Key = "jobs/tool.csx",
            ContentBody = "#r \"lib/CommandLine.dll\"\nConsole.WriteLine(typeof(CommandLine.Parser).Name);",
        });

        var (code, process) = await RunAsync(["run", $"s3://{_bucket}/jobs/tool.csx"]);

        Assert.That((code, process.Stdout), Is.EqualTo((0, "Parser")), process.Stderr);
    }

    [Test]
    public async Task Run_AssemblyOutsideTheBucket_IsRefusedWith64()
    {
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = "jobs/tool.csx", ContentBody = "#r \"/usr/lib/x.dll\"\nreturn 0;" });

        var (code, process) = await RunAsync(["run", $"s3://{_bucket}/jobs/tool.csx"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(64), process.Stderr);
            Assert.That(process.Stderr, Does.Contain($"s3://{_bucket}/jobs/tool.csx(1): #r \\\"/usr/lib/x.dll\\\" is refused"));
        });
    }
}
