using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Tests.Storage;

public sealed class ObjectUriTests
{
    [Test]
    public void Parse_S3WithVersion_SplitsBucketKeyAndVersion()
    {
        var uri = ObjectUri.Parse("s3://bucket/jobs/a b.csx?versionId=3%2Fx");

        Assert.That((uri.Bucket, uri.Location, uri.VersionId, uri.FileName), Is.EqualTo(("bucket", "jobs/a b.csx", "3/x", "a b.csx")));
    }

    [TestCase("s3://bucket/jobs/main.csx", "lib/util.csx", "s3://bucket/jobs/lib/util.csx")]
    [TestCase("s3://bucket/jobs/main.csx?versionId=v", "../shared/util.csx", "s3://bucket/shared/util.csx")]
    [TestCase("https://example.com/jobs/main.csx", "util.csx", "https://example.com/jobs/util.csx")]
    [TestCase("/srv/jobs/main.csx", "../lib/util.csx", "/srv/lib/util.csx")]
    public void Resolve_RelativeLoad_IsRelativeToTheIncludingFile(string including, string relative, string expected)
    {
        Assert.That(ObjectUri.Parse(including).Resolve(relative).ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Parse_FileUri_IsALocalPath()
    {
        Assert.That(ObjectUri.Parse("file:///tmp/x%20y.csx").Location, Is.EqualTo("/tmp/x y.csx"));
    }

    [TestCase("s3://bucket", "needs a bucket and a key")]
    [TestCase("s3://bucket/k?acl=1", "'acl' is not supported")]
    [TestCase("http://host/x.csx", "plain http:// is refused")]
    public void Parse_Unusable_ThrowsUsage(string text, string expected)
    {
        Assert.That(() => ObjectUri.Parse(text),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage)
                .And.Message.Contains(expected));
    }

    [Test]
    public void ToString_PresignedHttpsUrl_HasNoCredentialsButFetchingKeepsThem()
    {
        const string presigned = "https://ops:hunter2@bucket.s3.amazonaws.com/in/a%20b.jsonl?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIAEXAMPLE%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z"
            + "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=IQoJb3JpZ2lu&X-Amz-Signature=5f2c0ffee&token=t0k";

        var uri = ObjectUri.Parse(presigned);

        Assert.Multiple(() =>
        {
            Assert.That(uri.ToString(), Is.EqualTo("https://bucket.s3.amazonaws.com/in/a%20b.jsonl?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=REDACTED&X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
                + "&X-Amz-Security-Token=REDACTED&X-Amz-Signature=REDACTED&token=REDACTED"));
            Assert.That(uri.Location, Is.EqualTo(presigned), "fetching uses the URL as given");
            Assert.That(uri.FileName, Is.EqualTo("a b.jsonl"), "the shard format comes from the path, not the query");
        });
    }

    [Test]
    public void Parse_UnusableUrlWithCredentials_MessageHasNone()
    {
        Assert.That(() => ObjectUri.Parse("http://ops:hunter2@example.com/x.csx?Signature=5f2c0ffee"),
            Throws.TypeOf<JobFailedException>().With.Message.Not.Contains("hunter2").And.Message.Not.Contains("5f2c0ffee"));
    }

    [TestCase("https://[::1")]
    [TestCase("https://")]
    public void Parse_MalformedHttps_ThrowsUsage(string text)
    {
        Assert.That(() => ObjectUri.Parse(text),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage));
    }
}
