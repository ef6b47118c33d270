using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using FetchRun.Sdk.Storage;

namespace FetchRun.Reviews.Nlp.Aws;

/// <summary><see cref="AwsNlpOptions"/> validated once and resolved against the environment.</summary>
internal sealed record AwsNlpSettings(
    RegionEndpoint Region, Uri TranslateEndpoint, Uri ComprehendEndpoint, Lazy<AWSCredentials> Credentials,
    AwsNlpOptions Options)
{
    public static AwsNlpSettings Resolve(AwsNlpOptions? options)
    {
        options ??= new AwsNlpOptions();
        var read = options.ReadEnvironment ?? Environment.GetEnvironmentVariable;
        var errors = new List<string>();
        var region = options.Region ?? AwsEnvironment.RegionName(read);
        if (region is null)
            errors.Add($"no region: set {AwsEnvironment.Region} (or {AwsEnvironment.DefaultRegion})");
        var translate = Endpoint(options.TranslateEndpoint, "translate", region, read, errors);
        var comprehend = Endpoint(options.ComprehendEndpoint, "comprehend", region, read, errors);
        foreach (var (name, tps) in new[] { ("TranslateTextTps", options.TranslateTextTps),
                     ("BatchDetectDominantLanguageTps", options.BatchDetectDominantLanguageTps),
                     ("BatchDetectSentimentTps", options.BatchDetectSentimentTps) })
        {
            if (!(tps > 0) || double.IsInfinity(tps))
                errors.Add($"{name} must be a positive number (was {tps})");
        }
        if (options.MaxAttempts < 1)
            errors.Add($"MaxAttempts must be at least 1 (was {options.MaxAttempts})");
        if (options.MaxRetryTime < TimeSpan.Zero || options.RetryBaseDelay < TimeSpan.Zero || options.RetryMaxDelay < TimeSpan.Zero)
            errors.Add("MaxRetryTime, RetryBaseDelay and RetryMaxDelay must not be negative");
        if (options.RequestTimeout <= TimeSpan.Zero)
            errors.Add("RequestTimeout must be positive");
        if (errors.Count > 0)
            throw new JobFailedException(ExitCodes.Usage, "AWS NLP providers: " + string.Join("; ", errors) + ".");

        var credentials = options.Credentials is { } given
            ? new Lazy<AWSCredentials>(given)
            : new Lazy<AWSCredentials>(ResolveDefaultCredentials, LazyThreadSafetyMode.ExecutionAndPublication);
        return new AwsNlpSettings(RegionEndpoint.GetBySystemName(region), translate!, comprehend!, credentials, options);
    }

    private static Uri? Endpoint(Uri? given, string service, string? region, Func<string, string?> read, List<string> errors)
    {
        if (given is not null)
            return given;
        var text = AwsEnvironment.EndpointFor(service, read) ?? (region is null ? null : $"https://{service}.{region}.amazonaws.com");
        if (text is null)
            return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            return uri;
        errors.Add($"the {service} endpoint '{text}' is not an http(s) URL");
        return null;
    }

    // One resolver for the process: it caches what it found and watches the credential files.
    private static readonly DefaultAWSCredentialsIdentityResolver DefaultChain = new();

    private static AWSCredentials ResolveDefaultCredentials()
    {
        try
        {
            return DefaultChain.ResolveIdentity(null);
        }
        catch (AmazonClientException e)
        {
            throw new JobFailedException(ExitCodes.Usage,
                "AWS NLP providers: no AWS credentials found (environment, profile, container or instance role).", e);
        }
    }
}
