using System.Security.Cryptography;
using System.Text;
using FetchRun.Runner.Compilation;
using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Fetching;

/// <summary>
/// Fetches a script and, recursively, the files it <c>#load</c>s and the assemblies it <c>#r</c>s (relative to
/// the including file's URI, S3 included, and only within its scheme and bucket: <see cref="LoadScope"/>), and
/// collects its <c>#r "nuget:"</c> packages (restored on a cache miss only). The pin (<c>--script-sha256</c>)
/// covers the whole closure (<see cref="ScriptPin"/>).
/// </summary>
internal sealed class ScriptFetcher(IObjectStore store)
{
    private const int MaxFiles = 100;

    public async Task<ScriptBundle> FetchAsync(ObjectUri script, string? pinnedSha256, CancellationToken cancellationToken)
    {
        var main = await FetchFileAsync(script, cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal) { main.Path };
        var loaded = new List<ScriptFile>();
        var libraries = new List<ScriptLibrary>();
        var packages = new List<PackageDirective>();
        var runnerLibraries = new List<string>();
        var pending = new Queue<ScriptFile>([main]);
        while (pending.TryDequeue(out var file))
        {
            foreach (var directive in ScriptDirectives.Find(file.Text))
            {
                var uri = LoadScope.Resolve(file, directive);
                if (!Admit(seen, uri, script))
                    continue;
                var next = await FetchFileAsync(uri, cancellationToken).ConfigureAwait(false);
                loaded.Add(next);
                pending.Enqueue(next);
            }
            foreach (var reference in ScriptDirectives.FindReferences(file.Text))
            {
                if (reference.IsPackage)
                {
                    var (id, version) = reference.Package();
                    packages.Add(new PackageDirective(id, version, file.Path, reference.Line, reference.Column));
                    continue;
                }
                if (reference.IsRunnerLibrary)
                {
                    var name = RunnerLibrary(file, reference);
                    if (!runnerLibraries.Contains(name, StringComparer.Ordinal))
                        runnerLibraries.Add(name);
                    continue;
                }
                var uri = LoadScope.Resolve(file, reference);
                if (Admit(seen, uri, script))
                    libraries.Add(await FetchLibraryAsync(uri, cancellationToken).ConfigureAwait(false));
            }
        }
        var bundle = new ScriptBundle(main, loaded) { Libraries = libraries, Packages = packages, RunnerLibraries = runnerLibraries };
        if (pinnedSha256 is not null && !string.Equals(bundle.Pin, pinnedSha256, StringComparison.OrdinalIgnoreCase))
            throw new JobFailedException(ExitCodes.PermissionDenied,
                $"{script} with its {loaded.Count} #load'ed file(s){(libraries.Count > 0 ? $" and {libraries.Count} #r assembly file(s)" : "")} has SHA-256 {bundle.Pin}, but --script-sha256 pins {pinnedSha256}; refusing to run it.");
        return bundle;
    }

    private static string RunnerLibrary(ScriptFile file, ReferenceDirective reference) =>
        ScriptCompilationSettings.Libraries.FirstOrDefault(l => string.Equals(l, reference.Reference, StringComparison.OrdinalIgnoreCase))
        ?? throw new JobFailedException(ExitCodes.DataError,
            $"{file.Path}({reference.Line},{reference.Column}): #r \"{reference.Reference}\" names no library the runner ships ({string.Join(", ", ScriptCompilationSettings.Libraries)}); "
            + "reference an assembly file as \"name.dll\" or a package as \"nuget: Id, Version\".");

    private static bool Admit(HashSet<string> seen, ObjectUri uri, ObjectUri script)
    {
        if (!seen.Add(uri.ToString()))
            return false;
        if (seen.Count > MaxFiles)
            throw new JobFailedException(ExitCodes.DataError, $"{script} loads more than {MaxFiles} files; is there a #load cycle?");
        return true;
    }

    private async Task<ScriptFile> FetchFileAsync(ObjectUri uri, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(uri, cancellationToken).ConfigureAwait(false);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(stored.Content).TrimStart('\uFEFF');
        return new ScriptFile(uri, text, Sha256(stored.Content), stored.ETag, stored.VersionId);
    }

    private async Task<ScriptLibrary> FetchLibraryAsync(ObjectUri uri, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(uri, cancellationToken).ConfigureAwait(false);
        return new ScriptLibrary(uri, stored.Content, Sha256(stored.Content));
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
