namespace FetchRun.Sdk;

/// <summary>
/// The process exit codes of a FetchRun job, wired into the job definition's retry strategy
/// (see docs/writing-jobs.md). A script may return one of these from its last statement.
/// </summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Bad options or parameters. Batch does not retry.</summary>
    public const int Usage = 64;

    /// <summary>The script does not compile, or an input is unusable. Batch does not retry.</summary>
    public const int DataError = 65;

    /// <summary>The script or an input was not found. Batch does not retry.</summary>
    public const int NotFound = 66;

    /// <summary>The script threw. Batch does not retry.</summary>
    public const int ScriptFailed = 70;

    /// <summary>Temporary failure (network, throttling past retries, database unavailable). Batch retries.</summary>
    public const int Temporary = 75;

    /// <summary>Permission denied, or the content hash does not match its pin. Batch does not retry.</summary>
    public const int PermissionDenied = 77;

    /// <summary>Stopped by SIGTERM, a Spot notice or the deadline after saving progress. Batch retries.</summary>
    public const int Stopped = 143;
}
