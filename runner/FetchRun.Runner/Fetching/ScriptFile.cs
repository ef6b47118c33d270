using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Fetching;

/// <summary>One fetched source file of a job script (the script itself or a <c>#load</c>ed one).</summary>
/// <param name="Uri">Where it was read.</param>
/// <param name="Text">Its UTF-8 text.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes.</param>
/// <param name="ETag">S3 or HTTP ETag, when known.</param>
/// <param name="VersionId">S3 version id, when the bucket is versioned.</param>
internal sealed record ScriptFile(ObjectUri Uri, string Text, string Sha256, string? ETag, string? VersionId)
{
    /// <summary>The path the compiler reports in diagnostics and stack traces.</summary>
    public string Path => Uri.ToString();
}

/// <summary>A script and its <c>#load</c> closure, main script first, each file once.</summary>
internal sealed record ScriptBundle(ScriptFile Main, IReadOnlyList<ScriptFile> Loaded)
{
    /// <summary>The closure's SHA-256 as <c>--script-sha256</c> pins it (<see cref="ScriptPin"/>).</summary>
    public string Pin => ScriptPin.Compute(this);

    public IEnumerable<ScriptFile> All => Loaded.Prepend(Main);
}
