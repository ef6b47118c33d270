using Amazon.S3;
using FetchRun.TestSupport.Moto;

namespace FetchRun.Tests.Storage;

/// <summary>The test's own S3 client for a moto_server, to set up buckets and read back what the code under test wrote.</summary>
internal static class MotoS3
{
    public static AmazonS3Client Client(MotoServer moto) =>
        new("testing", "testing", new AmazonS3Config { ServiceURL = moto.Url, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
}
