using System.Net;

namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>An error answer from Translate or Comprehend, by its <c>__type</c> (namespace stripped).</summary>
internal sealed class AwsServiceException(HttpStatusCode status, string errorType, string message)
    : Exception($"{errorType} (HTTP {(int)status}): {message}")
{
    public HttpStatusCode Status { get; } = status;

    public string ErrorType { get; } = errorType;

    public string ServiceMessage { get; } = message;

    /// <summary>The error as recorded on a row: <c>UNSUPPORTED_LANGUAGE_PAIR: message</c>.</summary>
    public string DocumentError => $"{AwsErrors.DocumentCode(ErrorType)}: {ServiceMessage}";
}
