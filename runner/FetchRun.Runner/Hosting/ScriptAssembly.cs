using System.Reflection;
using System.Runtime.Loader;
using FetchRun.Sdk;

namespace FetchRun.Runner.Hosting;

/// <summary>
/// A compiled script loaded into a collectible load context. Its submission factory is invoked directly,
/// as the scripting API would, so that running a cached script needs no compiler.
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

    /// <summary>Loads the assembly; throws <see cref="BadImageFormatException"/> when it is not a script assembly.</summary>
    public static ScriptAssembly Load(byte[] image)
    {
        var context = new AssemblyLoadContext("fetchrun-script", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image, writable: false));
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
}
