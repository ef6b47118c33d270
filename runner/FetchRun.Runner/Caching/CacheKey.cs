using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using FetchRun.Runner.Compilation;
using FetchRun.Runner.Fetching;
using FetchRun.Sdk;

namespace FetchRun.Runner.Caching;

/// <summary>
/// The compile-cache key: SHA-256 over the script and its closure (path and content hash of each
/// <c>#load</c>ed file and <c>#r</c> assembly; the <c>#r "nuget:"</c> list is part of the files' text), the runner version, the globals assembly identity (its MVID, so a rebuilt SDK never binds
/// to a stale script), the identity of each runner library the script names (<c>#r "FetchRun.Reviews"</c>; a
/// script that names none survives a rebuilt library), the Roslyn and runtime versions, and the compilation settings.
/// </summary>
internal static class CacheKey
{
    private const string Format = "fetchrun-compile-cache-v2";

    public static string Compute(ScriptBundle bundle) => Compute(bundle, Toolchain.Current);

    public static string Compute(ScriptBundle bundle, Toolchain toolchain)
    {
        var text = new StringBuilder()
            .Append(Format).Append('\n')
            .Append(toolchain).Append('\n')
            .Append(ScriptCompilationSettings.Fingerprint).Append('\n');
        foreach (var file in bundle.All)
            text.Append(file.Path).Append('\0').Append(file.Sha256).Append('\n');
        foreach (var library in bundle.Libraries)
            text.Append(library.Uri).Append('\0').Append(library.Sha256).Append('\n');
        foreach (var name in bundle.RunnerLibraries)
            text.Append("runner-library:").Append(name).Append('\0').Append(toolchain.LibraryIdentity(name)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>
/// The versions a compiled script depends on besides its source. <paramref name="LibraryIdentity"/> gives a runner
/// library's identity by name; only the libraries a script names enter its key, so it is not part of <see cref="ToString"/>.
/// </summary>
internal sealed record Toolchain(string Runner, string GlobalsIdentity, string Roslyn, string Runtime, Func<string, string> LibraryIdentity)
{
    public static Toolchain Current { get; } = Read();

    public override string ToString() => $"runner={Runner};globals={GlobalsIdentity};roslyn={Roslyn};runtime={Runtime}";

    private static Toolchain Read()
    {
        var runner = typeof(CacheKey).Assembly;
        var globals = typeof(JobGlobals).Assembly;
        return new Toolchain(
            runner.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?",
            $"{globals.FullName}/{globals.ManifestModule.ModuleVersionId}",
            RoslynFileVersion(),
            RuntimeInformation.FrameworkDescription,
            RunnerLibraryIdentity);
    }

    // The MVID, read from the file's metadata: loading the library to ask it would load it into the runner.
    private static string RunnerLibraryIdentity(string name)
    {
        if (!RunnerAssemblies.ByName.TryGetValue(name, out var path))
            throw new InvalidOperationException($"the runner does not ship the library {name}.");
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return $"{metadata.GetString(metadata.GetAssemblyDefinition().Name)}/{metadata.GetGuid(metadata.GetModuleDefinition().Mvid)}";
    }

    // Read from the file's version resource: loading the assembly to ask it would load the compiler.
    private static string RoslynFileVersion()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Microsoft.CodeAnalysis.dll");
        return File.Exists(path) ? FileVersionInfo.GetVersionInfo(path).FileVersion ?? "?" : "missing";
    }
}
