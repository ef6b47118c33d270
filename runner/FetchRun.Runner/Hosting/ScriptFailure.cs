using System.Diagnostics;
using FetchRun.Sdk;

namespace FetchRun.Runner.Hosting;

/// <summary>Describes an exception a script threw: its type, message and the script line it came from.</summary>
internal static class ScriptFailure
{
    /// <summary>The innermost <c>file.csx:line N</c> of the script in the exception's stack, or null.</summary>
    public static string? ScriptLine(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var frame = new StackTrace(e, fNeedFileInfo: true).GetFrames()
                .FirstOrDefault(f => f.GetFileName() is { } file && file.EndsWith(".csx", StringComparison.OrdinalIgnoreCase) && f.GetFileLineNumber() > 0);
            if (frame is not null)
                return $"{frame.GetFileName()}:line {frame.GetFileLineNumber()}";
        }
        return null;
    }

    public static bool IsCancellation(Exception exception) => exception switch
    {
        OperationCanceledException => true,
        AggregateException a => a.InnerExceptions.All(IsCancellation),
        JobFailedException => false,
        _ => exception.InnerException is { } inner && IsCancellation(inner),
    };
}
