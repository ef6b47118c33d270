using NuGet.Configuration;

namespace FetchRun.Benchmarks.Startup;

/// <summary>
/// A folder feed for the packages script, copied from the NuGet global packages folder (where restoring
/// runner/FetchRun.Tests puts them through its PackageDownload items): no network.
/// </summary>
internal static class PackageFeedFolder
{
    public const string Script = """
        #r "nuget: Microsoft.Extensions.Options, 6.0.0"
        #r "nuget: CommandLineParser, 2.9.1"
        Log.Info("hello", ("inputs", Inputs.Count), ("options", typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.GetName().Name),
            ("parser", typeof(CommandLine.Parser).Assembly.GetName().Name));
        return 0;
        """;

    private static readonly (string Id, string Version)[] Packages =
    [
        ("Microsoft.Extensions.Options", "6.0.0"), ("Microsoft.Extensions.Primitives", "6.0.0"),
        ("Microsoft.Extensions.DependencyInjection.Abstractions", "6.0.0"), ("CommandLineParser", "2.9.1"),
    ];

    public static string Create(string folder)
    {
        Directory.CreateDirectory(folder);
        var global = SettingsUtility.GetGlobalPackagesFolder(Settings.LoadDefaultSettings(root: null));
        foreach (var (id, version) in Packages)
        {
            var name = $"{id.ToLowerInvariant()}.{version}.nupkg";
            var source = Path.Combine(global, id.ToLowerInvariant(), version, name);
            if (!File.Exists(source))
                throw new FileNotFoundException($"{source} is missing: restore runner/FetchRun.Tests first (its PackageDownload items fetch it).", source);
            File.Copy(source, Path.Combine(folder, name));
        }
        return folder;
    }
}
