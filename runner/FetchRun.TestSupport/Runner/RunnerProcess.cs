using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace FetchRun.TestSupport.Runner;

/// <summary>A real <c>fetchrun</c> process: started with chosen arguments and environment, watched line by line, signalled.</summary>
public sealed partial class RunnerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private RunnerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public TimeSpan Elapsed => _clock.Elapsed;

    public IReadOnlyList<string> StdoutLines => [.. _stdout];

    public IReadOnlyList<string> StderrLines => [.. _stderr];

    public string Stdout => string.Join('\n', _stdout);

    public string Stderr => string.Join('\n', _stderr);

    /// <summary>Starts <c>dotnet fetchrun.dll args…</c> (or another host command) with the environment on top of this process's.</summary>
    public static RunnerProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null, string? fileName = null, IEnumerable<string>? prefixArgs = null)
    {
        var start = new ProcessStartInfo(fileName ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in prefixArgs ?? (fileName is null ? [RunnerPaths.FetchRunDll] : []))
            start.ArgumentList.Add(arg);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }
        var process = new Process { StartInfo = start };
        var runner = new RunnerProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) runner._stdout.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) runner._stderr.Enqueue(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return runner;
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"fetchrun did not exit within {timeout}.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Waits until a line of stdout or stderr contains <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!_stdout.Concat(_stderr).Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited && !_stdout.Concat(_stderr).Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                if (_process.HasExited)
                    await Task.Delay(200).ConfigureAwait(false);
                if (_stdout.Concat(_stderr).Any(l => l.Contains(text, StringComparison.Ordinal)))
                    return;
                throw new TimeoutException($"no output containing '{text}' within {timeout}.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
            }
            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    public void Terminate() => Signal(15);

    public void KillHard() => Signal(9);

    /// <summary>The JSON log records on stderr (lines that are not JSON, such as diagnostics, are skipped).</summary>
    public IReadOnlyList<JsonElement> LogRecords() => StderrLines
        .Where(l => l.StartsWith('{'))
        .Select(l => JsonDocument.Parse(l).RootElement.Clone())
        .ToList();

    public JsonElement LogRecord(string message) =>
        LogRecords().LastOrDefault(r => r.GetProperty("msg").GetString() == message) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new InvalidOperationException($"no log record '{message}' in:\n{Stderr}");

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
