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
}
