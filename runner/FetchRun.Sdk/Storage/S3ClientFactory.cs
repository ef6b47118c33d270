using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace FetchRun.Sdk.Storage;

/// <summary>Builds the S3 client: default credential chain, region and endpoint from the environment.</summary>
internal static class S3ClientFactory
{
    public static AmazonS3Client Create()
    {
        var config = new AmazonS3Config
        {
            MaxErrorRetry = 4,
            RetryMode = RequestRetryMode.Standard,
            // Only compute checksums when an operation requires them, as S3-compatible endpoints expect.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        var region = AwsEnvironment.RegionName();
        var endpoint = AwsEnvironment.EndpointFor("S3");
        if (endpoint is not null)
        {
            config.ServiceURL = endpoint;
            config.ForcePathStyle = true;
            config.AuthenticationRegion = region ?? "us-east-1";
        }
        else if (region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }
        return new AmazonS3Client(config);
    }
}
