using FetchRun.Runner.Caching;
using FetchRun.Runner.Compilation;
using FetchRun.Runner.Fetching;
using FetchRun.Runner.Hosting;
using FetchRun.Runner.Logging;
using FetchRun.Runner.Packages;

namespace FetchRun.Runner.Commands;

/// <summary>A loaded script (null when it does not compile), where it came from, how long compiling took, and its resolved packages.</summary>
internal sealed record CompiledScript(ScriptAssembly? Script, CacheOutcome Outcome, long CompileMs, IReadOnlyList<string> Packages);

/// <summary>
/// Gets a runnable script: from the cache when the key matches and the entry loads (with the packages frozen in
/// it: no feed is contacted), else restores its <c>#r</c> references and compiles it (printing the compiler's
/// diagnostics), filling the cache.
/// </summary>
internal static class CompiledScriptSource
{
    public static async Task<CompiledScript> GetAsync(ScriptBundle bundle, CompileCache cache, JobLog log, string? nugetSource, CancellationToken cancellationToken)
    {
        var key = CacheKey.Compute(bundle);
        var (cached, outcome) = await cache.TryGetAsync(key, cancellationToken).ConfigureAwait(false);
        if (cached is not null)
        {
            try
            {
                return new CompiledScript(ScriptAssembly.Load(cached), outcome, 0, cached.Packages);
            }
            catch (BadImageFormatException e)
            {
                log.Warn("cached script does not load; compiling again", ("cache_key", key), ("error", e.Message));
                cache.Evict(key);
            }
        }
        var missed = outcome == CacheOutcome.Off ? CacheOutcome.Off : CacheOutcome.Miss;

        var references = await ReferenceRestore.RestoreAsync(bundle, nugetSource, cancellationToken).ConfigureAwait(false);
        if (references.Packages.Count > 0)
            log.Info("packages restored", ("packages", string.Join(", ", references.Packages)), ("feed", nugetSource ?? PackageFeed.PublicFeed),
                ("runner_assemblies", string.Join(", ", references.RunnerAssemblies)));
        var (result, elapsed) = ScriptCompiler.Compile(bundle, references);
        foreach (var diagnostic in result.Diagnostics)
            log.Raw(diagnostic);
        var compileMs = (long)elapsed.TotalMilliseconds;
        if (!result.Succeeded)
        {
            log.Error($"{bundle.Main.Path} does not compile: {result.ErrorCount} error(s)", ("exit_code", Sdk.ExitCodes.DataError), ("compile_ms", compileMs));
            return new CompiledScript(null, missed, compileMs, references.Packages);
        }
        var script = new CachedScript(result.Assembly!, references.Libraries, references.Packages);
        await cache.PutAsync(key, script, cancellationToken).ConfigureAwait(false);
        return new CompiledScript(ScriptAssembly.Load(script), missed, compileMs, references.Packages);
    }
}
