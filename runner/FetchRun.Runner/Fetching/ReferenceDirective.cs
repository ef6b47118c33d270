namespace FetchRun.Runner.Fetching;

/// <summary>One <c>#r "reference"</c> of a script: the reference as written, its 1-based line and column.</summary>
internal sealed record ReferenceDirective(string Reference, int Line, int Column)
{
    private const string NuGetPrefix = "nuget:";

    /// <summary>True for <c>#r "nuget: Id, Version"</c>; false for an assembly file.</summary>
    public bool IsPackage => Reference.StartsWith(NuGetPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True for a bare assembly name such as <c>#r "FetchRun.Reviews"</c> (no folder, no <c>.dll</c>): a library the
    /// runner ships, as the C# scripting host resolves a bare name against the application's own assemblies.
    /// </summary>
    public bool IsRunnerLibrary => !IsPackage && Reference.IndexOfAny(['/', '\\']) < 0
        && !Reference.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && !Reference.EndsWith(".exe", StringComparison.OrdinalIgnoreCase);

    /// <summary>The package id and the version as written (null when none), for <c>nuget:</c> references.</summary>
    public (string Id, string? Version) Package()
    {
        var body = Reference[NuGetPrefix.Length..];
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        var id = (comma < 0 ? body : body[..comma]).Trim();
        var version = comma < 0 ? null : body[(comma + 1)..].Trim();
        return (id, string.IsNullOrEmpty(version) ? null : version);
    }
}
