namespace FetchRun.TestSupport.Runner;

/// <summary>Where the repository and the built runner are, found from the test's own output folder.</summary>
public static class RunnerPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The runner built in the same configuration as the tests (Debug or Release).</summary>
    public static string FetchRunDll => Path.Combine(RepositoryRoot, "runner", "FetchRun.Runner", "bin", Configuration, "net10.0", "fetchrun.dll");

    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FetchRun.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"FetchRun.sln not found above {AppContext.BaseDirectory}");
    }
}
