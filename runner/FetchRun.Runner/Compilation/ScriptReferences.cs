using FetchRun.Runner.Caching;

namespace FetchRun.Runner.Compilation;

/// <summary>What a script's <c>#r</c> directives bring, once restored: the assemblies to compile and run with.</summary>
/// <param name="Libraries">Assemblies from packages and <c>#r "lib.dll"</c> files, stored in the cache entry.</param>
/// <param name="RunnerAssemblies">Simple names of assemblies they asked for that the runner already has; the runner's copy is used.</param>
/// <param name="Packages">The resolved packages, <c>Id Version</c> each.</param>
internal sealed record ScriptReferences(IReadOnlyList<LibraryImage> Libraries, IReadOnlyList<string> RunnerAssemblies, IReadOnlyList<string> Packages)
{
    public static ScriptReferences None { get; } = new([], [], []);
}
