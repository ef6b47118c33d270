namespace FetchRun.Sdk.Storage;

/// <summary>The standard AWS environment variables FetchRun honours for every service it calls.</summary>
public static class AwsEnvironment
{
    /// <summary>Region, as the AWS CLI and SDKs read it.</summary>
    public const string Region = "AWS_REGION";

    /// <summary>Older spelling of the region variable, still read by the CLI.</summary>
    public const string DefaultRegion = "AWS_DEFAULT_REGION";

    /// <summary>Endpoint override for every service.</summary>
    public const string EndpointUrl = "AWS_ENDPOINT_URL";

    /// <summary>
    /// The endpoint for one service: <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c> (for example <c>S3</c>,
    /// <c>TRANSLATE</c>, <c>COMPREHEND</c>), else <c>AWS_ENDPOINT_URL</c>, else null (the real AWS endpoint).
    /// </summary>
    public static string? EndpointFor(string service, Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        return NonEmpty(read($"{EndpointUrl}_{service.ToUpperInvariant()}")) ?? NonEmpty(read(EndpointUrl));
    }

    /// <summary>The region from <c>AWS_REGION</c> or <c>AWS_DEFAULT_REGION</c>, else null.</summary>
    public static string? RegionName(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        return NonEmpty(read(Region)) ?? NonEmpty(read(DefaultRegion));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
