using System.Runtime.Versioning;
using FetchRun.Runner.Caching;
using FetchRun.Runner.Compilation;
using FetchRun.Runner.Fetching;
using NuGet.Common;
using NuGet.Frameworks;
using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Protocol.Core.Types;
using NuGet.Resolver;
using NuGet.Versioning;

namespace FetchRun.Runner.Packages;

/// <summary>
/// The only type that touches NuGet, reached on a cache miss only. Resolves a script's packages as NuGet does:
/// the version a directive names (exact; for a range the lowest in it; for <c>*</c>, a float or none the highest
/// stable), then the dependencies at the lowest applicable version (NuGet.Resolver,
/// https://learn.microsoft.com/nuget/concepts/dependency-resolution#lowest-applicable-version). A dependency the
/// runner already provides (a framework or runner assembly of that name) is not fetched; the runner's copy serves,
/// as the .NET SDK prunes framework-provided packages. From each package the <c>lib/</c> folder nearest to the
/// runtime's framework is taken (NuGet's FrameworkReducer).
/// </summary>
internal static class NuGetRestorer
{
    private static readonly NuGetFramework Runtime = NuGetFramework.ParseFrameworkName(
        AppContext.TargetFrameworkName ?? new FrameworkName(".NETCoreApp", Environment.Version).FullName, DefaultFrameworkNameProvider.Instance);

    public static async Task<ScriptReferences> RestoreAsync(IReadOnlyList<PackageDirective> directives, string? source, CancellationToken cancellationToken)
    {
        var feed = source ?? PackageFeed.PublicFeed;
        if (!PackageFeed.IsRemote(feed) && !Directory.Exists(feed))
            throw PackageFailure.FeedMissing(directives[0], feed);
        SourceRepository repository;
        try
        {
            repository = PackageFeed.Open(source);
        }
        catch (NuGet.Configuration.NuGetConfigurationException e)
        {
            throw PackageFailure.Configuration(directives[0], e);
        }
        using var cache = new SourceCacheContext { NoCache = true, DirectDownload = true };
        try
        {
            var available = await GatherAsync(repository, directives, feed, cache, cancellationToken).ConfigureAwait(false);
            var resolved = Resolve(directives, available);
            var libraries = new List<LibraryImage>();
            var runner = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            var finder = await repository.GetResourceAsync<FindPackageByIdResource>(cancellationToken).ConfigureAwait(false)
                ?? throw PackageFailure.FeedUnreachable(directives[0], feed, new InvalidOperationException("it offers no package download"));
            foreach (var package in resolved)
                await AddAssembliesAsync(finder, package, directives, cache, libraries, runner, cancellationToken).ConfigureAwait(false);
            return new ScriptReferences(libraries, [.. runner], [.. resolved.Select(p => $"{p.Id} {p.Version.ToNormalizedString()}")]);
        }
        catch (FatalProtocolException e)
        {
            throw PackageFailure.FeedUnreachable(directives[0], feed, e);
        }
        catch (HttpRequestException e)
        {
            throw PackageFailure.FeedUnreachable(directives[0], feed, e);
        }
    }

    /// <summary>Every version of every package reachable from the directives, with their dependencies for the runtime's framework.</summary>
    private static async Task<Dictionary<string, List<SourcePackageDependencyInfo>>> GatherAsync(SourceRepository repository,
        IReadOnlyList<PackageDirective> directives, string feed, SourceCacheContext cache, CancellationToken cancellationToken)
    {
        var resource = await repository.GetResourceAsync<DependencyInfoResource>(cancellationToken).ConfigureAwait(false)
            ?? throw PackageFailure.FeedUnreachable(directives[0], feed, new InvalidOperationException("it offers no dependency information"));
        var found = new Dictionary<string, List<SourcePackageDependencyInfo>>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>(directives.Select(d => d.Id));
        while (pending.TryDequeue(out var id))
        {
            if (found.ContainsKey(id))
                continue;
            var versions = (await resource.ResolvePackages(id, Runtime, cache, NullLogger.Instance, cancellationToken).ConfigureAwait(false))
                .Select(WithoutRunnerDependencies).ToList();
            found[id] = versions;
            foreach (var dependency in versions.SelectMany(v => v.Dependencies))
                pending.Enqueue(dependency.Id);
        }
        foreach (var directive in directives.Where(d => found[d.Id].Count == 0))
            throw PackageFailure.UnknownPackage(directive, feed);
        foreach (var directive in directives)
        {
            var chosen = Choose(directive, found[directive.Id].Select(v => v.Version), feed);
            found[directive.Id] = found[directive.Id].Where(v => v.Version == chosen).ToList();
        }
        return found;
    }

    private static NuGetVersion Choose(PackageDirective directive, IEnumerable<NuGetVersion> versions, string feed)
    {
        var range = ParseRange(directive);
        var candidates = versions.Order().ToList();
        return range.FindBestMatch(candidates)
            ?? throw PackageFailure.NoSuchVersion(directive, feed, candidates.Select(v => v.ToNormalizedString()));
    }

    // A bare version is exact (the cache entry freezes what ran); ranges and floats keep NuGet's meaning.
    private static VersionRange ParseRange(PackageDirective directive)
    {
        var text = directive.Version ?? "*";
        if (NuGetVersion.TryParseStrict(text, out var exact))
            return new VersionRange(exact, true, exact, true);
        return VersionRange.TryParse(text, allowFloating: true, out var range) ? range : throw PackageFailure.BadVersion(directive);
    }

    private static SourcePackageDependencyInfo WithoutRunnerDependencies(SourcePackageDependencyInfo info) =>
        new(info.Id, info.Version, info.Dependencies.Where(d => !RunnerAssemblies.Has(d.Id)), info.Listed, info.Source, info.DownloadUri, info.PackageHash);

    private static List<PackageIdentity> Resolve(IReadOnlyList<PackageDirective> directives, Dictionary<string, List<SourcePackageDependencyInfo>> available)
    {
        var roots = directives.Select(d => d.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var context = new PackageResolverContext(DependencyBehavior.Lowest, roots, roots, [], [], available.Values.SelectMany(v => v),
            available.Values.SelectMany(v => v).Select(v => v.Source?.PackageSource).OfType<NuGet.Configuration.PackageSource>().Distinct(), NullLogger.Instance);
        try
        {
            return [.. new PackageResolver().Resolve(context, CancellationToken.None).OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase)];
        }
        catch (NuGetResolverException e)
        {
            throw PackageFailure.Conflict(directives[0], e.Message);
        }
    }

    private static async Task AddAssembliesAsync(FindPackageByIdResource finder, PackageIdentity package, IReadOnlyList<PackageDirective> directives,
        SourceCacheContext cache, List<LibraryImage> libraries, SortedSet<string> runner, CancellationToken cancellationToken)
    {
        using var nupkg = new MemoryStream();
        if (!await finder.CopyNupkgToStreamAsync(package.Id, package.Version, nupkg, cache, NullLogger.Instance, cancellationToken).ConfigureAwait(false))
            throw PackageFailure.NotDownloaded(directives[0], $"{package.Id} {package.Version}");
        nupkg.Position = 0;
        using var reader = new PackageArchiveReader(nupkg);
        var groups = reader.GetLibItems().ToList();
        var nearest = new FrameworkReducer().GetNearest(Runtime, groups.Select(g => g.TargetFramework));
        if (nearest is null)
        {
            if (groups.Count == 0)
                return;
            var directive = directives.FirstOrDefault(d => string.Equals(d.Id, package.Id, StringComparison.OrdinalIgnoreCase)) ?? directives[0];
            throw PackageFailure.NoAssets(directive, $"{package.Id} {package.Version}", Runtime.GetShortFolderName());
        }
        foreach (var item in groups.First(g => g.TargetFramework == nearest).Items.Where(i => i.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            var name = Path.GetFileNameWithoutExtension(item);
            if (RunnerAssemblies.Has(name))
            {
                runner.Add(name);
                continue;
            }
            using var entry = reader.GetStream(item);
            using var image = new MemoryStream();
            await entry.CopyToAsync(image, cancellationToken).ConfigureAwait(false);
            libraries.Add(new LibraryImage(name, image.ToArray()));
        }
    }
}
