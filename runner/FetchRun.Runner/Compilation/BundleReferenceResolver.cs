using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FetchRun.Runner.Compilation;

/// <summary>
/// Answers every <c>#r</c> (<c>nuget:</c> or a file) without touching a feed or storage: the assemblies restored
/// and fetched before compiling are already among the compilation's references, so each directive resolves to
/// one of those same reference objects (the compiler accepts one reference per directive and merges repeats).
/// </summary>
internal sealed class BundleReferenceResolver(PortableExecutableReference alreadyReferenced) : MetadataReferenceResolver
{
    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) => [alreadyReferenced];

    public override bool Equals(object? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => alreadyReferenced.GetHashCode();
}
