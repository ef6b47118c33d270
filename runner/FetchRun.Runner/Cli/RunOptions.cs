using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Cli;

internal enum Verb
{
    Run,
    Check,
}

internal enum LogFormat
{
    Auto,
    Json,
    Text,
}

/// <summary>Where compiled scripts are cached.</summary>
/// <param name="Directory">The local cache directory; null when caching is off.</param>
/// <param name="Shared">An S3 prefix shared between processes (array children), or null.</param>
internal sealed record CacheSettings(string? Directory, ObjectUri? Shared)
{
    public static CacheSettings Off { get; } = new(null, null);

    public bool Enabled => Directory is not null;
}

/// <summary>The parsed command line of <c>fetchrun run</c> or <c>fetchrun check</c>.</summary>
internal sealed record RunOptions(
    Verb Verb,
    ObjectUri Script,
    IReadOnlyList<ObjectUri> Inputs,
    IReadOnlyList<KeyValuePair<string, string>> Params,
    string? ScriptSha256,
    CacheSettings Cache,
    TimeSpan? Timeout,
    TimeSpan Grace,
    LogFormat LogFormat,
    IReadOnlyList<string> Args)
{
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromSeconds(25);
}
