using FetchRun.Runner.Caching;
using FetchRun.Runner.Compilation;
using FetchRun.Runner.Fetching;
using FetchRun.Runner.Hosting;
using FetchRun.Sdk.Storage;
using FetchRun.Tests.Packages;

namespace FetchRun.Tests.Hosting;

public sealed class ScriptAssemblyTests
{
    private const string Script = """
        #r "CommandLine.dll"
        using System.Runtime.Loader;
        return $"{AssemblyLoadContext.GetLoadContext(typeof(CommandLine.Parser).Assembly)!.Name}|{AssemblyLoadContext.GetLoadContext(typeof(FetchRun.Sdk.JobGlobals).Assembly)!.Name}";
        """;

    [Test]
    public async Task RunAsync_ScriptWithLibrary_LoadsTheLibraryInItsContextAndTheRunnersAssembliesFromTheDefault()
    {
        var bundle = new ScriptBundle(new ScriptFile(ObjectUri.Parse("/jobs/tool.csx"), Script, "sha", null, null), []);
        var library = new LibraryImage("CommandLine", await File.ReadAllBytesAsync(LocalPackageFeed.CommandLineAssembly()));
        var compiled = RoslynCompiler.Compile(bundle, new ScriptReferences([library], [], []));
        Assert.That(compiled.Succeeded, Is.True, string.Join('\n', compiled.Diagnostics));

        using var script = ScriptAssembly.Load(new CachedScript(compiled.Assembly!, [library], []));
        var result = await script.RunAsync(null!);

        Assert.That(result, Is.EqualTo("fetchrun-script|Default"));
    }
}
