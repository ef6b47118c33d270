using System.Text;
using FetchRun.Runner.Fetching;
using FetchRun.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FetchRun.Runner.Compilation;

/// <summary>Serves <c>#load</c>ed files from the already fetched bundle; the compiler never touches storage.</summary>
internal sealed class BundleSourceResolver(ScriptBundle bundle) : SourceReferenceResolver
{
    private readonly Dictionary<string, ScriptFile> _files = bundle.All.ToDictionary(f => f.Path, StringComparer.Ordinal);

    public override string? NormalizePath(string path, string? baseFilePath) => path;

    public override string? ResolveReference(string path, string? baseFilePath)
    {
        var including = baseFilePath is not null && _files.TryGetValue(baseFilePath, out var file) ? file.Uri : bundle.Main.Uri;
        try
        {
            var resolved = including.Resolve(path).ToString();
            return _files.ContainsKey(resolved) ? resolved : null;
        }
        catch (JobFailedException)
        {
            return null;
        }
    }

    public override Stream OpenRead(string resolvedPath) => new MemoryStream(Encoding.UTF8.GetBytes(_files[resolvedPath].Text));

    public override SourceText ReadText(string resolvedPath) => SourceText.From(_files[resolvedPath].Text, Encoding.UTF8);

    public override bool Equals(object? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => bundle.GetHashCode();
}
