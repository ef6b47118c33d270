using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using FetchRun.Runner.Caching;
using FetchRun.Runner.Compilation;
using FetchRun.Runner.Fetching;
using FetchRun.Sdk;

namespace FetchRun.Runner.Packages;

/// <summary>
/// Turns a bundle's <c>#r</c> directives into the assemblies to compile and run with, on a cache miss only (a hit
/// finds them in the entry). Kept apart from <see cref="NuGetRestorer"/> so that callers are JIT-compiled without
/// loading NuGet, and a script without packages never loads it.
/// </summary>
internal static class ReferenceRestore
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task<ScriptReferences> RestoreAsync(ScriptBundle bundle, string? nugetSource, CancellationToken cancellationToken)
    {
        if (bundle.Packages.Count == 0 && bundle.Libraries.Count == 0 && bundle.RunnerLibraries.Count == 0)
            return ScriptReferences.None;
        var packages = bundle.Packages.Count == 0
            ? ScriptReferences.None
            : await NuGetRestorer.RestoreAsync(bundle.Packages, nugetSource, cancellationToken).ConfigureAwait(false);
        var libraries = new List<LibraryImage>(packages.Libraries);
        var runner = new SortedSet<string>(packages.RunnerAssemblies.Concat(bundle.RunnerLibraries), StringComparer.OrdinalIgnoreCase);
        foreach (var library in bundle.Libraries)
        {
            var name = AssemblyName(library);
            if (RunnerAssemblies.Has(name))
                runner.Add(name);
            else if (libraries.Any(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
                throw new JobFailedException(ExitCodes.DataError, $"{library.Uri}: #r names the assembly {name}, which a package of the script already brings; reference one of them.");
            else
                libraries.Add(new LibraryImage(name, library.Image));
        }
        return new ScriptReferences(libraries, [.. runner], packages.Packages);
    }

    private static string AssemblyName(ScriptLibrary library)
    {
        try
        {
            using var pe = new PEReader(ImmutableArray.Create(library.Image));
            var metadata = pe.GetMetadataReader();
            return metadata.GetString(metadata.GetAssemblyDefinition().Name);
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException)
        {
            throw new JobFailedException(ExitCodes.DataError, $"{library.Uri}: #r names a file that is not a .NET assembly ({e.Message}).");
        }
    }
}
