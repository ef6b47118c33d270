namespace FetchRun.Sdk;

/// <summary>
/// Ends the job with a chosen exit code and a message meant for the person reading the log
/// (no stack trace is printed for it). Thrown by the SDK and by scripts.
/// </summary>
public class JobFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="exitCode">One of <see cref="ExitCodes"/>.</param>
    /// <param name="message">What went wrong, naming the file, line or field at fault.</param>
    /// <param name="inner">The low-level cause, if any.</param>
    public JobFailedException(int exitCode, string message, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    /// <summary>The exit code the runner ends with.</summary>
    public int ExitCode { get; }
}
