using NuGet.Configuration;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;

namespace FetchRun.Runner.Packages;

/// <summary>
/// The feed <c>#r "nuget:"</c> packages come from: <c>FETCHRUN_NUGET_SOURCE</c> (a URL, a local folder, or the
/// name of a source in the NuGet configuration), else the public feed. A source the standard NuGet configuration
/// (NuGet.Config) lists, by name or URL, brings its credentials (packageSourceCredentials):
/// https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials
/// </summary>
internal static class PackageFeed
{
    public const string PublicFeed = "https://api.nuget.org/v3/index.json";

    public static SourceRepository Open(string? configured)
    {
        var source = configured ?? PublicFeed;
        var known = new PackageSourceProvider(Settings.LoadDefaultSettings(root: null)).LoadPackageSources().FirstOrDefault(s =>
            string.Equals(s.Name, source, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(s.Source.TrimEnd('/'), source.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
        var package = known ?? new PackageSource(IsRemote(source) ? source : Path.GetFullPath(source));
        return Repository.Factory.GetCoreV3(package);
    }

    public static bool IsRemote(string source) =>
        source.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}
