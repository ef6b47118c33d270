using FetchRun.Sdk;

namespace FetchRun.Tests.Pipeline;

/// <summary>Keeps every log line as "level message".</summary>
internal sealed class RecordingLog : IJobLog
{
    public List<string> Lines { get; } = [];

    public void Info(string message, params (string Name, object? Value)[] fields) => Lines.Add($"info {message}");

    public void Warn(string message, params (string Name, object? Value)[] fields) => Lines.Add($"warn {message}");

    public void Error(string message, params (string Name, object? Value)[] fields) => Lines.Add($"error {message}");
}
