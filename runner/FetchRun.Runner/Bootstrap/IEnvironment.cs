namespace FetchRun.Runner.Bootstrap;

/// <summary>Reads environment variables; a seam so that tests pass a dictionary.</summary>
internal interface IEnvironment
{
    string? Get(string name);
}

internal sealed class ProcessEnvironment : IEnvironment
{
    public static ProcessEnvironment Instance { get; } = new();

    public string? Get(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}

internal sealed class DictionaryEnvironment(IReadOnlyDictionary<string, string> values) : IEnvironment
{
    public string? Get(string name) => values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;
}
