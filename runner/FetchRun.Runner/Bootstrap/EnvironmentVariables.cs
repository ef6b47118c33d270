namespace FetchRun.Runner.Bootstrap;

/// <summary>Every environment variable the runner reads, in one place.</summary>
internal static class EnvironmentVariables
{
    // Set by AWS Batch in every job container.
    public const string BatchJobId = "AWS_BATCH_JOB_ID";
    public const string BatchJobAttempt = "AWS_BATCH_JOB_ATTEMPT";
    public const string BatchArrayIndex = "AWS_BATCH_JOB_ARRAY_INDEX";
    public const string BatchArraySize = "AWS_BATCH_JOB_ARRAY_SIZE";
    public const string BatchQueue = "AWS_BATCH_JQ_NAME";
    public const string BatchComputeEnvironment = "AWS_BATCH_CE_NAME";

    // Standard AWS SDK variables for the instance metadata service (Spot notices).
    public const string MetadataEndpoint = "AWS_EC2_METADATA_SERVICE_ENDPOINT";
    public const string MetadataDisabled = "AWS_EC2_METADATA_DISABLED";

    // FetchRun's own: one per command-line option (see Cli/Options.cs), plus the cache directory.
    public const string CacheDirectory = "FETCHRUN_CACHE_DIR";

    // The feed #r "nuget:" packages come from: a URL, a local folder or a NuGet.Config source name (Packages/PackageFeed.cs).
    public const string NuGetSource = "FETCHRUN_NUGET_SOURCE";
}
