using FetchRun.Runner.Fetching;
using FetchRun.Sdk;

namespace FetchRun.Runner.Packages;

/// <summary>
/// Every error of a package restore, worded as the compiler words its errors (<c>file(line,col): error CODE: …</c>,
/// codes as NuGet's own: https://learn.microsoft.com/nuget/reference/errors-and-warnings/nu1101) with the exit code of
/// DESIGN.md's table: a package or version that does not exist does not compile (65), an unreachable feed is temporary (75),
/// an unusable NuGet configuration is the machine's set-up (64).
/// </summary>
internal static class PackageFailure
{
    public static JobFailedException UnknownPackage(PackageDirective package, string feed) =>
        Fail(ExitCodes.DataError, package, "NU1101", $"package '{package.Id}' does not exist in the feed {feed}");

    public static JobFailedException NoSuchVersion(PackageDirective package, string feed, IEnumerable<string> available) =>
        Fail(ExitCodes.DataError, package, "NU1102", $"package '{package.Id}' has no version matching '{package.Version ?? "*"}' in the feed {feed} (it has {string.Join(", ", available.TakeLast(5))})");

    public static JobFailedException BadVersion(PackageDirective package) =>
        Fail(ExitCodes.DataError, package, "NU1105", $"'{package.Version}' is not a NuGet version or version range (write e.g. 6.0.0, [6.1.1, 7.0) or *)");

    public static JobFailedException Conflict(PackageDirective package, string why) =>
        Fail(ExitCodes.DataError, package, "NU1107", $"the packages cannot be resolved together: {why}");

    public static JobFailedException NoAssets(PackageDirective package, string identity, string framework) =>
        Fail(ExitCodes.DataError, package, "NU1202", $"package {identity} has no assemblies for {framework}");

    public static JobFailedException FeedMissing(PackageDirective package, string feed) =>
        Fail(ExitCodes.NotFound, package, "NU1301", $"the package feed folder {feed} does not exist (FETCHRUN_NUGET_SOURCE)");

    public static JobFailedException FeedUnreachable(PackageDirective package, string feed, Exception e) =>
        Fail(ExitCodes.Temporary, package, "NU1301", $"cannot reach the package feed {feed}: {Innermost(e).Message}");

    public static JobFailedException NotDownloaded(PackageDirective package, string identity) =>
        Fail(ExitCodes.Temporary, package, "NU1301", $"the package feed lists {identity} but did not deliver it");

    // NuGet reads (and, when missing, creates) the user's NuGet.Config under HOME even for a folder feed.
    public static JobFailedException Configuration(PackageDirective package, Exception e) =>
        Fail(ExitCodes.Usage, package, "NU1000", $"the NuGet configuration cannot be read or created ({Innermost(e).Message}); make HOME writable or put a NuGet.Config in HOME/.nuget/NuGet/");

    private static JobFailedException Fail(int exitCode, PackageDirective package, string code, string message) =>
        new(exitCode, $"{package.Location}: error {code}: {message}");

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
