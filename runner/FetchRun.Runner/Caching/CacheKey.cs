using System.Diagnostics;
using System.Reflection;
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
/// to a stale script), the Roslyn and runtime versions, and the compilation settings.
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>The versions a compiled script depends on besides its source.</summary>
internal sealed record Toolchain(string Runner, string GlobalsIdentity, string Roslyn, string Runtime)
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
            RuntimeInformation.FrameworkDescription);
    }

    // Read from the file's version resource: loading the assembly to ask it would load the compiler.
    private static string RoslynFileVersion()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Microsoft.CodeAnalysis.dll");
        return File.Exists(path) ? FileVersionInfo.GetVersionInfo(path).FileVersion ?? "?" : "missing";
    }
}
