namespace FetchRun.Runner.Compilation;

/// <summary>
/// The assemblies the runner process already has (its trusted platform assemblies: the shared framework and
/// the runner's own dependencies, such as AWSSDK.Core). A script's packages and <c>#r</c> assemblies never
/// bring a second copy of one of these: they are compiled and run against the runner's.
/// </summary>
internal static class RunnerAssemblies
{
    private const string FrameworkPrefix = "framework:";

    /// <summary>Path by simple name (case-insensitive, as the loader matches names).</summary>
    public static IReadOnlyDictionary<string, string> ByName { get; } = Read();

    public static bool Has(string simpleName) => ByName.ContainsKey(simpleName);

    /// <summary>The files of <see cref="ScriptCompilationSettings.References"/>: whole shared frameworks and single assemblies.</summary>
    public static IEnumerable<string> CompileReferences()
    {
        foreach (var name in ScriptCompilationSettings.References)
        {
            if (name.StartsWith(FrameworkPrefix, StringComparison.Ordinal))
            {
                foreach (var path in SharedFramework(name[FrameworkPrefix.Length..]))
                    yield return path;
            }
            else
            {
                yield return ByName.TryGetValue(name, out var path) ? path
                    : name == typeof(Sdk.JobGlobals).Assembly.GetName().Name ? typeof(Sdk.JobGlobals).Assembly.Location
                    : throw new InvalidOperationException($"the runner cannot find the assembly {name} to compile scripts against.");
            }
        }
    }

    // The runtime's own folder is <dotnet>/shared/Microsoft.NETCore.App/<version>/; other shared frameworks sit beside it.
    private static IEnumerable<string> SharedFramework(string framework)
    {
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtimeFolder))!, framework, Path.GetFileName(runtimeFolder));
        var paths = ByName.Values.Where(p => string.Equals(Path.GetDirectoryName(p), folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        return paths.Count > 0 ? paths : throw new InvalidOperationException($"the runner has no assemblies of the shared framework {framework} in {folder}.");
    }

    private static Dictionary<string, string> Read()
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            byName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        return byName;
    }
}
