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

/// <summary>An assembly a script names with <c>#r "lib.dll"</c>, fetched like a <c>#load</c>ed file.</summary>
/// <param name="Uri">Where it was read.</param>
/// <param name="Image">Its bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes.</param>
internal sealed record ScriptLibrary(ObjectUri Uri, byte[] Image, string Sha256);

/// <summary>A <c>#r "nuget: Id, Version"</c>: the package, the version as written (null when none) and where it was written.</summary>
internal sealed record PackageDirective(string Id, string? Version, string File, int Line, int Column)
{
    /// <summary>Where an error about this package points, as the compiler writes it.</summary>
    public string Location => $"{File}({Line},{Column})";
}

/// <summary>
/// A script and its closure: the <c>#load</c>ed files, the <c>#r</c> assemblies, the <c>#r "nuget:"</c>
/// packages and the runner libraries it names, main script first, each file once.
/// </summary>
internal sealed record ScriptBundle(ScriptFile Main, IReadOnlyList<ScriptFile> Loaded)
{
    public IReadOnlyList<ScriptLibrary> Libraries { get; init; } = [];

    public IReadOnlyList<PackageDirective> Packages { get; init; } = [];

    /// <summary>The libraries the runner ships that the script names (<c>#r "FetchRun.Reviews"</c>), each once.</summary>
    public IReadOnlyList<string> RunnerLibraries { get; init; } = [];

    /// <summary>The closure's SHA-256 as <c>--script-sha256</c> pins it (<see cref="ScriptPin"/>).</summary>
    public string Pin => ScriptPin.Compute(this);

    public IEnumerable<ScriptFile> All => Loaded.Prepend(Main);
}
