using FetchRun.Runner.Caching;
using FetchRun.Runner.Compilation;
using FetchRun.Runner.Fetching;
using FetchRun.Runner.Hosting;
using FetchRun.Runner.Logging;

namespace FetchRun.Runner.Commands;

/// <summary>A loaded script (null when it does not compile), where it came from and how long compiling took.</summary>
internal sealed record CompiledScript(ScriptAssembly? Script, CacheOutcome Outcome, long CompileMs);

/// <summary>
/// Gets a runnable script: from the cache when the key matches and the entry loads, else from the
/// compiler (printing its diagnostics), filling the cache.
/// </summary>
internal static class CompiledScriptSource
{
    public static async Task<CompiledScript> GetAsync(ScriptBundle bundle, CompileCache cache, JobLog log, CancellationToken cancellationToken)
    {
        var key = CacheKey.Compute(bundle);
        var (cached, outcome) = await cache.TryGetAsync(key, cancellationToken).ConfigureAwait(false);
        if (cached is not null)
        {
            try
            {
                return new CompiledScript(ScriptAssembly.Load(cached), outcome, 0);
            }
            catch (BadImageFormatException e)
            {
                log.Warn("cached script does not load; compiling again", ("cache_key", key), ("error", e.Message));
                cache.Evict(key);
            }
        }

        var (result, elapsed) = ScriptCompiler.Compile(bundle);
        foreach (var diagnostic in result.Diagnostics)
            log.Raw(diagnostic);
        var compileMs = (long)elapsed.TotalMilliseconds;
        if (!result.Succeeded)
        {
            log.Error($"{bundle.Main.Path} does not compile: {result.ErrorCount} error(s)", ("exit_code", Sdk.ExitCodes.DataError), ("compile_ms", compileMs));
            return new CompiledScript(null, outcome == CacheOutcome.Off ? CacheOutcome.Off : CacheOutcome.Miss, compileMs);
        }
        await cache.PutAsync(key, result.Assembly!, cancellationToken).ConfigureAwait(false);
        return new CompiledScript(ScriptAssembly.Load(result.Assembly!), outcome == CacheOutcome.Off ? CacheOutcome.Off : CacheOutcome.Miss, compileMs);
    }
}
