using System.Security.Cryptography;
using System.Text;
using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Fetching;

/// <summary>
/// The value <c>--script-sha256</c> pins: one SHA-256 over the script and its whole closure, the <c>#load</c>ed
/// files and the <c>#r "lib.dll"</c> assemblies (defined in docs/writing-jobs.md, "Pinning what runs"). The
/// <c>#r "nuget:"</c> package list is text of the script files, so their hashes cover it.
/// <list type="bullet">
/// <item>No <c>#load</c> and no <c>#r "lib.dll"</c>: the SHA-256 of the script's bytes, so plain <c>sha256sum job.csx</c> gives it.</item>
/// <item>Otherwise: the SHA-256 of a manifest with one line per file, <c>&lt;sha256 hex&gt;  &lt;path&gt;\n</c>
/// (two spaces, as <c>sha256sum</c> prints), where path is relative to the main script's folder with '/'
/// separators; the main script first, then the loaded files in ordinal order of their paths. In the main
/// script's folder, <c>sha256sum job.csx lib/a.csx lib/b.csx | sha256sum</c> gives it.</item>
/// </list>
/// </summary>
internal static class ScriptPin
{
    public static string Compute(ScriptBundle bundle)
    {
        if (bundle.Loaded.Count == 0 && bundle.Libraries.Count == 0)
            return bundle.Main.Sha256;
        var manifest = new StringBuilder();
        manifest.Append(bundle.Main.Sha256).Append("  ").Append(bundle.Main.Uri.FileName).Append('\n');
        var closure = bundle.Loaded.Select(f => (f.Uri, f.Sha256)).Concat(bundle.Libraries.Select(l => (l.Uri, l.Sha256)));
        foreach (var (path, sha256) in closure.Select(f => (RelativePath(bundle.Main.Uri, f.Uri), f.Sha256)).OrderBy(p => p.Item1, StringComparer.Ordinal))
            manifest.Append(sha256).Append("  ").Append(path).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest.ToString())));
    }

    /// <summary>The path of <paramref name="file"/> relative to the folder of <paramref name="main"/> (same scheme: see <see cref="LoadScope"/>).</summary>
    public static string RelativePath(ObjectUri main, ObjectUri file)
    {
        var mainPath = AbsolutePath(main);
        var folder = mainPath[..(mainPath.LastIndexOf('/') + 1)];
        return Path.GetRelativePath(folder, AbsolutePath(file)).Replace('\\', '/');
    }

    private static string AbsolutePath(ObjectUri uri) => uri.Scheme switch
    {
        ObjectScheme.S3 => "/" + uri.Location,
        ObjectScheme.Https => Uri.UnescapeDataString(new Uri(uri.Location).AbsolutePath),
        _ => uri.Location,
    };
}
