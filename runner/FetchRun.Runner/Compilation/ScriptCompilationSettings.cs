namespace FetchRun.Runner.Compilation;

/// <summary>
/// What every job script is compiled with. Kept free of Roslyn types: the cache key is computed from it
/// on every run, and a cache hit must not load the compiler.
/// </summary>
internal static class ScriptCompilationSettings
{
    public static IReadOnlyList<string> Imports { get; } =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Text",
        "System.Threading", "System.Threading.Tasks", "FetchRun.Sdk", "FetchRun.Sdk.Storage",
    ];

    /// <summary>
    /// What a script is compiled against, as a project would be: every assembly of these shared frameworks (the
    /// runner's own, so their versions are the runtime's, part of the cache key) and these runner libraries, by
    /// simple name, from the running application's trusted platform assemblies.
    /// </summary>
    public static IReadOnlyList<string> References { get; } = ["framework:Microsoft.NETCore.App", "FetchRun.Sdk"];

    /// <summary>
    /// The libraries the runner ships for scripts that ask for them by name (<c>#r "FetchRun.Reviews"</c>), from its
    /// trusted platform assemblies. A script that does not name one neither compiles against it nor loads it, and its
    /// cache key does not cover it (<see cref="Caching.CacheKey"/>).
    /// </summary>
    public static IReadOnlyList<string> Libraries { get; } = ["FetchRun.Reviews"];

    public const string Optimization = "Release";
    public const string DebugInformation = "EmbeddedPortablePdb";

    /// <summary>Everything above in one string, part of the cache key.</summary>
    public static string Fingerprint { get; } =
        $"imports={string.Join(',', Imports)};refs={string.Join(',', References)};opt={Optimization};debug={DebugInformation}";
}
