using FetchRun.Sdk;

namespace FetchRun.Tests.Sinks;

/// <summary>Keeps every log line as text, fields included, so tests can look for what must (not) be there.</summary>
internal sealed class RecordingLog : IJobLog
{
    public List<string> Lines { get; } = [];

    public void Info(string message, params (string Name, object? Value)[] fields) => Record(message, fields);

    public void Warn(string message, params (string Name, object? Value)[] fields) => Record(message, fields);

    public void Error(string message, params (string Name, object? Value)[] fields) => Record(message, fields);

    private void Record(string message, (string Name, object? Value)[] fields) =>
        Lines.Add($"{message} {string.Join(" ", fields.Select(f => $"{f.Name}={f.Value}"))}");
}
