using FetchRun.Runner.Fetching;
using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Tests.Fetching;

public sealed class LoadScopeTests
{
    private static ScriptFile Script(string uri) => new(ObjectUri.Parse(uri), "", "", null, null);

    [TestCase("s3://jobs/main.csx", "file:///tmp/util.csx", "outside the bucket s3://jobs/")]
    [TestCase("s3://jobs/main.csx", "/tmp/util.csx", "outside the bucket s3://jobs/")]
    [TestCase("s3://jobs/main.csx", "https://example.com/util.csx", "outside the bucket s3://jobs/")]
    [TestCase("s3://jobs/main.csx", "s3://other/util.csx", "outside the bucket s3://jobs/")]
    [TestCase("/srv/jobs/main.csx", "s3://jobs/util.csx", "outside local files")]
    [TestCase("/srv/jobs/main.csx", "https://example.com/util.csx", "outside local files")]
    [TestCase("https://example.com/jobs/main.csx", "https://other.example.com/util.csx", "outside the site https://example.com/")]
    [TestCase("https://example.com/jobs/main.csx", "s3://jobs/util.csx", "outside the site https://example.com/")]
    [TestCase("/srv/jobs/main.csx", "https://[::1", "is not a usable location")]
    public void Resolve_OutsideTheScriptsSchemeOrBucket_ThrowsUsageNamingFileAndLine(string script, string load, string why)
    {
        Assert.That(() => LoadScope.Resolve(Script(script), new LoadDirective(load, 3)),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage)
                .And.Message.StartsWith($"{ObjectUri.Parse(script)}(3): #load \"{load}\" is refused: ")
                .And.Message.Contains(why));
    }

    [TestCase("s3://jobs/a/main.csx", "../lib/util.csx", "s3://jobs/lib/util.csx")]
    [TestCase("s3://jobs/a/main.csx", "s3://jobs/lib/util.csx", "s3://jobs/lib/util.csx")]
    [TestCase("/srv/jobs/main.csx", "file:///srv/lib/util.csx", "/srv/lib/util.csx")]
    [TestCase("https://example.com/jobs/main.csx", "util.csx", "https://example.com/jobs/util.csx")]
    public void Resolve_WithinScope_Resolves(string script, string load, string expected)
    {
        Assert.That(LoadScope.Resolve(Script(script), new LoadDirective(load, 1)).ToString(), Is.EqualTo(expected));
    }
}
