using System.Net;
using System.Text;

namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>How each service error is treated: retried, charged to one document, or fatal (and with which exit code).</summary>
internal static class AwsErrors
{
    private static readonly HashSet<string> Transient = new(StringComparer.Ordinal)
    {
        "ThrottlingException", "TooManyRequestsException", "ThrottledException", "RequestLimitExceeded",
        "InternalServerException", "ServiceUnavailableException", "InternalFailure", "ServiceUnavailable",
    };

    // The throttling error names the SDKs' adaptive mode reacts to (botocore retries/standard.py, ThrottledRetryableChecker).
    private static readonly HashSet<string> Throttling = new(StringComparer.Ordinal)
    {
        "ThrottlingException", "TooManyRequestsException", "ThrottledException", "RequestLimitExceeded", "Throttling",
        "ProvisionedThroughputExceededException", "RequestThrottled", "RequestThrottledException", "SlowDown",
        "TransactionInProgressException", "PriorRequestNotComplete", "BandwidthLimitExceeded", "EC2ThrottledException", "LimitExceededException",
    };

    private static readonly HashSet<string> Denied = new(StringComparer.Ordinal)
    {
        "AccessDeniedException", "InvalidSignatureException", "UnrecognizedClientException", "IncompleteSignature",
        "MissingAuthenticationTokenException", "SignatureDoesNotMatch", "ExpiredTokenException", "InvalidClientTokenId",
    };

    private static readonly HashSet<string> PerDocument = new(StringComparer.Ordinal)
    {
        "UnsupportedLanguagePairException", "TextSizeLimitExceededException", "DetectedLanguageLowConfidenceException",
        "UnsupportedLanguageException", "InvalidRequestException",
    };

    public static bool IsTransient(Exception e) => e switch
    {
        AwsServiceException s => Transient.Contains(s.ErrorType) || s.Status == HttpStatusCode.TooManyRequests || (int)s.Status >= 500,
        HttpRequestException => true,
        TimeoutException => true,
        _ => false,
    };

    /// <summary>True for a throttling answer (by name, or HTTP 429): the only errors that cut the adaptive rate.</summary>
    public static bool IsThrottling(Exception e) =>
        e is AwsServiceException s && (Throttling.Contains(s.ErrorType) || s.Status == HttpStatusCode.TooManyRequests);

    public static bool IsPerDocument(AwsServiceException e) => PerDocument.Contains(e.ErrorType);

    /// <summary>The exit code for an error that is neither transient nor charged to a document.</summary>
    public static int ExitCodeFor(AwsServiceException e) =>
        Denied.Contains(e.ErrorType) || e.Status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
            ? ExitCodes.PermissionDenied
            : ExitCodes.Usage;

    /// <summary><c>UnsupportedLanguagePairException</c> → <c>UNSUPPORTED_LANGUAGE_PAIR</c>, the style of Comprehend's ErrorCode.</summary>
    public static string DocumentCode(string errorType)
    {
        var name = errorType.EndsWith("Exception", StringComparison.Ordinal) ? errorType[..^"Exception".Length] : errorType;
        var code = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
                code.Append('_');
            code.Append(char.ToUpperInvariant(name[i]));
        }
        return code.ToString();
    }

    /// <summary>The error name from <c>__type</c> or <c>x-amzn-ErrorType</c>: <c>com.amazon…#ThrottlingException:http://…</c> → <c>ThrottlingException</c>.</summary>
    public static string ErrorName(string raw)
    {
        var name = raw;
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
            name = name[..colon];
        var hash = name.LastIndexOf('#');
        return hash >= 0 ? name[(hash + 1)..] : name;
    }
}
