using Amazon;
using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using FetchRun.Sdk.Storage;

namespace FetchRun.Reviews.Sinks;

/// <summary>
/// Reads an SSM SecureString parameter (decrypted). Region and endpoint come from the environment as for every
/// AWS service FetchRun calls (<c>AWS_ENDPOINT_URL_SSM</c>, else <c>AWS_ENDPOINT_URL</c>). The value is never logged.
/// </summary>
internal sealed class SsmParameterReader(Func<string, string?> environment, AWSCredentials? credentials = null)
{
    public async Task<string> ReadAsync(string name, CancellationToken cancellationToken)
    {
        using var client = CreateClient();
        try
        {
            var response = await client.GetParameterAsync(new GetParameterRequest { Name = name, WithDecryption = true }, cancellationToken)
                .ConfigureAwait(false);
            return response.Parameter.Value;
        }
        catch (ParameterNotFoundException ex)
        {
            throw new JobFailedException(ExitCodes.NotFound, $"The SSM parameter '{name}' ({SinkNames.SsmParameterVariable}) does not exist.", ex);
        }
        catch (AmazonServiceException ex) when (ex.StatusCode is System.Net.HttpStatusCode.Forbidden
                                                 || ex.ErrorCode is "AccessDeniedException" or "UnrecognizedClientException" or "InvalidSignatureException")
        {
            throw new JobFailedException(ExitCodes.PermissionDenied, $"Reading the SSM parameter '{name}' was refused: {ex.ErrorCode}.", ex);
        }
        catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException or IOException)
        {
            throw new JobFailedException(ExitCodes.Temporary, $"The SSM parameter '{name}' could not be read: {ex.Message}", ex);
        }
    }

    private AmazonSimpleSystemsManagementClient CreateClient()
    {
        var config = new AmazonSimpleSystemsManagementConfig { MaxErrorRetry = 3, RetryMode = RequestRetryMode.Standard };
        var region = AwsEnvironment.RegionName(environment);
        var endpoint = AwsEnvironment.EndpointFor("SSM", environment);
        if (endpoint is not null)
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region ?? "us-east-1";
        }
        else if (region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }
        return credentials is null ? new AmazonSimpleSystemsManagementClient(config) : new AmazonSimpleSystemsManagementClient(credentials, config);
    }
}
