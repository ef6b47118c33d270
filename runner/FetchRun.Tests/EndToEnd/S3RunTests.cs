using Amazon.S3.Model;

namespace FetchRun.Tests.EndToEnd;

/// <summary>Scripts, inputs and the shared cache in S3, served by a real moto_server.</summary>
public sealed class S3RunTests : S3RunnerFixture
{
    [Test]
    public async Task Run_FromS3_RunsAndLogsVersionAndETag()
    {
        var version = await PutAsync("jobs/hello.csx", "Console.WriteLine(\"from s3\");");

        var (code, process) = await RunAsync(["run", $"s3://{Bucket}/jobs/hello.csx"]);

        Assert.Multiple(() =>
        {
            Assert.That((code, process.Stdout), Is.EqualTo((0, "from s3")), process.Stderr);
            var ready = process.LogRecord("script ready");
            Assert.That(ready.GetProperty("version_id").GetString(), Is.EqualTo(version));
            Assert.That(ready.GetProperty("etag").GetString(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Run_WithVersionId_RunsThatVersion()
    {
        var first = await PutAsync("jobs/hello.csx", "Console.WriteLine(\"v1\");");
        await PutAsync("jobs/hello.csx", "Console.WriteLine(\"v2\");");

        var (pinnedCode, pinned) = await RunAsync(["run", $"s3://{Bucket}/jobs/hello.csx?versionId={first}"]);
        var (latestCode, latest) = await RunAsync(["run", $"s3://{Bucket}/jobs/hello.csx"]);

        Assert.That((pinnedCode, pinned.Stdout, latestCode, latest.Stdout), Is.EqualTo((0, "v1", 0, "v2")), pinned.Stderr + latest.Stderr);
    }

    [Test]
    public async Task Run_MissingKey_Exits66()
    {
        var (code, process) = await RunAsync(["run", $"s3://{Bucket}/jobs/absent.csx"]);

        Assert.That((code, process.Stderr.Contains($"s3://{Bucket}/jobs/absent.csx was not found", StringComparison.Ordinal)), Is.EqualTo((66, true)), process.Stderr);
    }

    [Test]
    public async Task Run_WrongPin_Exits77()
    {
        await PutAsync("jobs/hello.csx", "Console.WriteLine(\"never\");");

        var (code, process) = await RunAsync(["run", $"s3://{Bucket}/jobs/hello.csx", "--script-sha256", new string('f', 64)]);

        Assert.That((code, process.Stdout), Is.EqualTo((77, "")), process.Stderr);
    }

    [Test]
    public async Task Run_LoadRelativeInS3_FetchesTheSibling()
    {
        await PutAsync("jobs/lib/util.csx", "const string Where = \"sibling in s3\";");
        await PutAsync("jobs/main.csx", "#load \"lib/util.csx\"\nConsole.WriteLine(Where);");

        var (code, process) = await RunAsync(["run", $"s3://{Bucket}/jobs/main.csx"]);

        Assert.That((code, process.Stdout), Is.EqualTo((0, "sibling in s3")), process.Stderr);
    }

    [Test]
    public async Task Run_PinnedS3Closure_ChangedLoadedFile_Exits77()
    {
        await PutAsync("shared/util.csx", "const string Where = \"shared\";");
        await PutAsync("jobs/main.csx", "#load \"../shared/util.csx\"\nConsole.WriteLine(Where);");
        var (_, check) = await RunAsync(["check", $"s3://{Bucket}/jobs/main.csx"]);
        var pin = check.Stdout;

        await PutAsync("shared/util.csx", "const string Where = \"planted\";");
        var (code, process) = await RunAsync(["run", $"s3://{Bucket}/jobs/main.csx", "--script-sha256", pin]);

        Assert.Multiple(() =>
        {
            Assert.That(pin, Has.Length.EqualTo(64), check.Stderr);
            Assert.That((code, process.Stdout), Is.EqualTo((77, "")), process.Stderr);
        });
    }

    [TestCase("file:///etc/hostname")]
    [TestCase("https://example.com/util.csx")]
    [TestCase("s3://another-bucket/util.csx")]
    public async Task Run_S3ScriptLoadingOutsideItsBucket_Exits64NamingTheDirective(string load)
    {
        await PutAsync("jobs/main.csx", $"#load \"{load}\"\nConsole.WriteLine(\"never\");");

        var (code, process) = await RunAsync(["run", $"s3://{Bucket}/jobs/main.csx"]);

        Assert.Multiple(() =>
        {
            Assert.That((code, process.Stdout), Is.EqualTo((64, "")), process.Stderr);
            Assert.That(process.LogRecords().Single(r => r.GetProperty("level").GetString() == "error").GetProperty("msg").GetString(),
                Does.StartWith($"s3://{Bucket}/jobs/main.csx(1): #load \"{load}\" is refused: it names ")
                    .And.Contain($"outside the bucket s3://{Bucket}/"));
        });
    }

    [Test]
    public async Task ArrayJob_FourChildrenOverTenKeys_CoverEveryKeyExactlyOnce()
    {
        for (var i = 0; i < 10; i++)
            await PutAsync($"in/shard-{i:D2}.jsonl", "{}");
        await PutAsync("jobs/list.csx", "foreach (var input in Inputs) Console.WriteLine(input);");
        await RunAsync(["check", $"s3://{Bucket}/jobs/list.csx"]);

        var children = Enumerable.Range(0, 4).Select(index => Start(["run", $"s3://{Bucket}/jobs/list.csx", "--input", $"s3://{Bucket}/in/"],
            new() { ["AWS_BATCH_JOB_ID"] = $"array-job:{index}", ["AWS_BATCH_JOB_ARRAY_INDEX"] = $"{index}", ["AWS_BATCH_JOB_ARRAY_SIZE"] = "4" })).ToList();
        var codes = await Task.WhenAll(children.Select(c => c.WaitAsync(ExitTimeout)));
        var owned = children.SelectMany(c => c.StdoutLines).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(codes, Is.All.EqualTo(0), string.Join('\n', children.Select(c => c.Stderr)));
            Assert.That(owned, Is.Unique);
            Assert.That(owned, Is.EquivalentTo(Enumerable.Range(0, 10).Select(i => $"s3://{Bucket}/in/shard-{i:D2}.jsonl")));
            Assert.That(children[2].StdoutLines, Is.EqualTo(new[] { $"s3://{Bucket}/in/shard-02.jsonl", $"s3://{Bucket}/in/shard-06.jsonl" }));
            Assert.That(children[3].LogRecord("job finished").GetProperty("job_id").GetString(), Is.EqualTo("array-job:3"));
        });
    }

    [Test]
    public async Task Run_SharedCacheMiss_CompilesLocallyAndLeavesTheS3PrefixUnchanged()
    {
        await PutAsync("jobs/hello.csx", "Console.WriteLine(\"compiled locally\");");
        await PutAsync("cache/unrelated.dll", "an entry planted by the upload step");
        var before = await CacheVersionsAsync();

        var (code, process) = await RunAsync(["run", $"s3://{Bucket}/jobs/hello.csx", "--cache", $"s3://{Bucket}/cache/"]);
        var after = await CacheVersionsAsync();

        Assert.Multiple(() =>
        {
            Assert.That((code, process.Stdout), Is.EqualTo((0, "compiled locally")), process.Stderr);
            Assert.That(process.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("miss"));
            Assert.That(after, Is.EqualTo(before), "a job never writes the shared cache");
            Assert.That(Directory.GetFiles(CacheDir), Has.Length.EqualTo(1), "the entry is kept in the local cache");
        });
    }

    [Test]
    public async Task Check_SharedCache_WritesTheEntryThatARunOnAnotherMachineLoadsWithoutCompiling()
    {
        await PutAsync("jobs/hello.csx", "Console.WriteLine(\"cached\");");
        var cache = new[] { "--cache", $"s3://{Bucket}/cache/" };
        var (warmCode, _) = await RunAsync(["check", $"s3://{Bucket}/jobs/hello.csx"]);

        var (checkCode, check) = await RunAsync(["check", $"s3://{Bucket}/jobs/hello.csx", .. cache]);
        var entries = await CacheVersionsAsync();
        Directory.Delete(CacheDir, recursive: true);
        var (runCode, run) = await RunAsync(["run", $"s3://{Bucket}/jobs/hello.csx", .. cache]);

        Assert.Multiple(() =>
        {
            Assert.That((warmCode, checkCode, runCode), Is.EqualTo((0, 0, 0)), check.Stderr + run.Stderr);
            Assert.That(entries, Has.Count.EqualTo(1), "check fills the shared cache even when the local one was warm");
            Assert.That(check.LogRecord("shared compile cache filled").GetProperty("cache_entry").GetString(), Does.StartWith($"s3://{Bucket}/cache/"));
            Assert.That(run.Stdout, Is.EqualTo("cached"));
            Assert.That(run.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("sharedhit"));
            Assert.That(run.LogRecord("job finished").GetProperty("compiler_loaded").GetBoolean(), Is.False);
        });
    }

    // Every version of every object under cache/, so that an overwrite would show as well as a new key.
    private async Task<List<string>> CacheVersionsAsync()
    {
        var versions = await S3.ListVersionsAsync(new ListVersionsRequest { BucketName = Bucket, Prefix = "cache/" });
        return (versions.Versions ?? []).Select(v => $"{v.Key}@{v.VersionId}").Order(StringComparer.Ordinal).ToList();
    }
}
