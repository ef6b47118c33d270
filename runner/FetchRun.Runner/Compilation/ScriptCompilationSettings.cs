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
        "System.Threading", "System.Threading.Tasks", "FetchRun.Sdk", "FetchRun.Sdk.Storage", "FetchRun.Sdk.Nlp",
        "FetchRun.Sdk.Reviews", "FetchRun.Sdk.Reviews.Reading", "FetchRun.Sdk.Sinks", "FetchRun.Sdk.Pipeline",
    ];

    /// <summary>Assemblies a script may use, by simple name, resolved from the running application's trusted platform assemblies.</summary>
    public static IReadOnlyList<string> References { get; } =
    [
        "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Console", "System.Collections",
        "System.Collections.Concurrent", "System.Linq", "System.Net.Http", "System.Net.Primitives", "System.Text.Json",
        "System.Text.RegularExpressions", "System.IO.Compression", "System.Threading", "System.Memory",
        "System.Security.Cryptography", "FetchRun.Sdk",
    ];

    public const string Optimization = "Release";
    public const string DebugInformation = "EmbeddedPortablePdb";

    /// <summary>Everything above in one string, part of the cache key.</summary>
    public static string Fingerprint { get; } =
        $"imports={string.Join(',', Imports)};refs={string.Join(',', References)};opt={Optimization};debug={DebugInformation}";
}
