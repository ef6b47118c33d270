using System.Diagnostics;
using System.Runtime.CompilerServices;
using FetchRun.Runner.Fetching;

namespace FetchRun.Runner.Compilation;

/// <summary>Compiles a bundle, timing it. Kept apart from <see cref="RoslynCompiler"/> so that callers can be JIT-compiled without loading Roslyn.</summary>
internal static class ScriptCompiler
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (CompileResult Result, TimeSpan Elapsed) Compile(ScriptBundle bundle, ScriptReferences references)
    {
        var watch = Stopwatch.StartNew();
        var result = RoslynCompiler.Compile(bundle, references);
        return (result, watch.Elapsed);
    }
}
