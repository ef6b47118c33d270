namespace FetchRun.Sdk.Storage;

/// <summary>The storage failures a job can end with, each with its exit code and message in one place.</summary>
internal static class StorageErrors
{
    public static JobFailedException NotFound(ObjectUri uri, string? detail = null) =>
        new(ExitCodes.NotFound, $"{uri} was not found{Suffix(detail)}.");

    public static JobFailedException AccessDenied(ObjectUri uri, string? detail = null) =>
        new(ExitCodes.PermissionDenied, $"access to {uri} was denied{Suffix(detail)}.");

    public static JobFailedException Unavailable(ObjectUri uri, int attempts, Exception cause) =>
        new(ExitCodes.Temporary, $"{uri} could not be read after {attempts} attempts: {cause.Message}", cause);

    private static string Suffix(string? detail) => string.IsNullOrEmpty(detail) ? "" : $" ({detail})";
}
