using FetchRun.Runner.Hosting;
using FetchRun.Sdk;

namespace FetchRun.Runner.Bootstrap;

/// <summary>
/// The last line of defence: turns an exception nothing else handled into one log line (redacted like
/// every other) and a documented exit code, instead of a runtime abort with a bare stack trace.
/// </summary>
internal static class Failures
{
    public const string UsageHint = "Run 'fetchrun --help' for usage.";

    /// <summary>Logs an exception that reached <c>Main</c> and returns its exit code: 64 for usage and bad URIs, else 70.</summary>
    public static int Report(IJobLog log, Exception exception)
    {
        switch (exception)
        {
            case CommandLineException usage:
                log.Error($"{usage.Message} {UsageHint}", ("exit_code", ExitCodes.Usage));
                return ExitCodes.Usage;
            case JobFailedException failed:
                log.Error(failed.Message, ("exit_code", failed.ExitCode));
                return failed.ExitCode;
            case UriFormatException uri:
                log.Error($"a location is not a usable URI: {uri.Message}", ("exit_code", ExitCodes.Usage));
                return ExitCodes.Usage;
            default:
                log.Error($"fetchrun failed: {exception.GetType().Name}: {exception.Message}",
                    ("exit_code", ExitCodes.ScriptFailed), ("exception", exception.ToString()));
                return ExitCodes.ScriptFailed;
        }
    }

    /// <summary>Logs an exception thrown on a thread nobody awaits (one the script started) and returns 70.</summary>
    public static int ReportUnhandled(IJobLog log, object exceptionObject)
    {
        var exception = exceptionObject as Exception;
        var description = exception is null ? exceptionObject.ToString() : $"{exception.GetType().Name}: {exception.Message}";
        log.Error($"unhandled exception on a background thread: {description}", ("exit_code", ExitCodes.ScriptFailed),
            ("script_line", exception is null ? null : ScriptFailure.ScriptLine(exception)), ("exception", exceptionObject.ToString()));
        return ExitCodes.ScriptFailed;
    }
}
