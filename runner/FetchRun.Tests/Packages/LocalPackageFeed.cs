using NuGet.Configuration;

namespace FetchRun.Tests.Packages;

/// <summary>
/// A folder feed made by the test run from the .nupkg files the test project's PackageDownload items put in the
/// NuGet global packages folder: no network.
/// </summary>
internal static class LocalPackageFeed
{
    /// <summary>The packages of the "done when" script: Options pulls Primitives and DependencyInjection.Abstractions.</summary>
    /// <remarks>The runner already has DependencyInjection.Abstractions (a newer one), so a script restores the others only.</remarks>
    public static readonly (string Id, string Version)[] Packages =
    [
        ("CommandLineParser", "2.9.1"),
        ("Microsoft.Extensions.DependencyInjection.Abstractions", "6.0.0"),
        ("Microsoft.Extensions.Options", "6.0.0"),
        ("Microsoft.Extensions.Primitives", "6.0.0"),
    ];

    /// <summary>Uses both packages, <c>dynamic</c> and a framework assembly no SDK type names.</summary>
    public const string Script = """
        #r "nuget: Microsoft.Extensions.Options, 6.0.0"
        #r "nuget: CommandLineParser, 2.9.1"
        using CommandLine;

        public class Flags
        {
            [Option('n', "name")]
            public string Name { get; set; } = "";
        }

        var name = Parser.Default.ParseArguments<Flags>(new[] { "--name", "cli" }).MapResult(f => f.Name, _ => "unparsed");
        dynamic value = Microsoft.Extensions.Options.Options.Create(new Flags { Name = name }).Value;
        Console.WriteLine($"{value.Name} {typeof(System.Net.WebProxy).Name}");
        """;

    public const string ScriptOutput = "cli WebProxy";

    /// <summary>A second version in the feed, so that version ranges have a choice to make.</summary>
    public static readonly (string Id, string Version) Newer = ("Microsoft.Extensions.DependencyInjection.Abstractions", "10.0.0");

    public static IEnumerable<string> RestoredByScript =>
        Packages.Where(p => p.Id != "Microsoft.Extensions.DependencyInjection.Abstractions").Select(p => $"{p.Id} {p.Version}");

    public static string Create(string folder)
    {
        Directory.CreateDirectory(folder);
        var packages = SettingsUtility.GetGlobalPackagesFolder(Settings.LoadDefaultSettings(root: null));
        foreach (var (id, version) in Packages.Append(Newer))
        {
            var name = $"{id.ToLowerInvariant()}.{version}.nupkg";
            File.Copy(Path.Combine(packages, id.ToLowerInvariant(), version, name), Path.Combine(folder, name));
        }
        return folder;
    }

    /// <summary>An assembly file for <c>#r "lib.dll"</c> tests: CommandLineParser's, from the global packages folder.</summary>
    public static string CommandLineAssembly() => Path.Combine(SettingsUtility.GetGlobalPackagesFolder(Settings.LoadDefaultSettings(root: null)),
        "commandlineparser", "2.9.1", "lib", "netstandard2.0", "CommandLine.dll");
}
