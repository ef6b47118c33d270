using System.Reflection;
using System.Runtime.Loader;
using FetchRun.Runner.Caching;
using FetchRun.Sdk;

namespace FetchRun.Runner.Hosting;

/// <summary>
/// A compiled script loaded into a collectible load context, with its package and <c>#r</c> assemblies. Its
/// submission factory is invoked directly, as the scripting API would, so that running a cached script needs no
/// compiler. Any other assembly it asks for (the framework, the SDK, AWSSDK.Core…) is the runner's own copy.
/// </summary>
internal sealed class ScriptAssembly : IDisposable
{
    // Roslyn names the first (and only) submission class "Submission#0" and its entry point "<Factory>".
    private const string SubmissionType = "Submission#0";
    private const string FactoryMethod = "<Factory>";

    private readonly AssemblyLoadContext _context;
    private readonly MethodInfo _factory;

    private ScriptAssembly(AssemblyLoadContext context, MethodInfo factory)
    {
        _context = context;
        _factory = factory;
    }

    /// <summary>Loads the script; throws <see cref="BadImageFormatException"/> when it is not a script assembly.</summary>
    public static ScriptAssembly Load(CachedScript script)
    {
        var context = new ScriptLoadContext(script.Libraries);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(script.Assembly, writable: false));
            var factory = assembly.GetType(SubmissionType)?.GetMethod(FactoryMethod, BindingFlags.Public | BindingFlags.Static)
                ?? throw new BadImageFormatException($"the compiled script has no {SubmissionType}.{FactoryMethod}.");
            return new ScriptAssembly(context, factory);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    /// <summary>Runs the script to completion and returns its value (an <c>int</c> becomes the exit code).</summary>
    public Task<object?> RunAsync(JobGlobals globals)
    {
        // Slot 0 holds the globals; slot 1 receives the submission instance.
        object?[] submissionStates = [globals, null];
        try
        {
            return (Task<object?>)_factory.Invoke(null, [submissionStates])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return Task.FromException<object?>(e.InnerException);
        }
    }

    public void Dispose() => _context.Unload();

    /// <summary>Loads the script's own libraries from their bytes; returns null for anything else, so the runner's copy serves.</summary>
    private sealed class ScriptLoadContext(IReadOnlyList<LibraryImage> libraries) : AssemblyLoadContext("fetchrun-script", isCollectible: true)
    {
        private readonly Dictionary<string, byte[]> _images = libraries.ToDictionary(l => l.Name, l => l.Image, StringComparer.OrdinalIgnoreCase);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name is { } name && _images.TryGetValue(name, out var image) ? LoadFromStream(new MemoryStream(image, writable: false)) : null;
    }
}
