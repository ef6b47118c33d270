using Amazon.S3.Model;
using FetchRun.Tests.EndToEnd;

namespace FetchRun.Tests.Packages;

/// <summary>Package and assembly references of scripts kept in S3 (a real moto_server), with the shared compile cache.</summary>
public sealed class S3PackageScriptTests : S3RunnerFixture
{
    [Test]
    public async Task CheckThenRun_PackagesFromS3Script_SharedHitWithTheFeedGoneLoadsNeitherCompilerNorNuGet()
    {
        var feed = LocalPackageFeed.Create(Path.Combine(WorkDir, "feed"));
        await PutAsync("jobs/packages.csx", LocalPackageFeed.Script);
        var script = $"s3://{Bucket}/jobs/packages.csx";
        var cache = new[] { "--cache", $"s3://{Bucket}/cache/" };
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
        await S3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = "jobs/lib/CommandLine.dll", FilePath = LocalPackageFeed.CommandLineAssembly() });
        await S3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = Bucket, Key = "jobs/tool.csx",
            ContentBody = "#r \"lib/CommandLine.dll\"\nConsole.WriteLine(typeof(CommandLine.Parser).Name);",
        });

        var (code, process) = await RunAsync(["run", $"s3://{Bucket}/jobs/tool.csx"]);

        Assert.That((code, process.Stdout), Is.EqualTo((0, "Parser")), process.Stderr);
    }

    [Test]
    public async Task Run_AssemblyOutsideTheBucket_IsRefusedWith64()
    {
        await PutAsync("jobs/tool.csx", "#r \"/usr/lib/x.dll\"\nreturn 0;");

        var (code, process) = await RunAsync(["run", $"s3://{Bucket}/jobs/tool.csx"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(64), process.Stderr);
            Assert.That(process.Stderr, Does.Contain($"s3://{Bucket}/jobs/tool.csx(1): #r \\\"/usr/lib/x.dll\\\" is refused"));
        });
    }
}
