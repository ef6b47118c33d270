using System.Diagnostics;
using FetchRun.Runner.Bootstrap;
using FetchRun.Runner.Caching;
using FetchRun.Runner.Cli;
using FetchRun.Runner.Compilation;
using FetchRun.Runner.Fetching;
using FetchRun.Runner.Hosting;
using FetchRun.Runner.Logging;
using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Commands;

/// <summary>
/// <c>fetchrun run</c> and <c>fetchrun check</c>: fetch the script, get it compiled (cache, else Roslyn),
/// then, for run, resolve this child's inputs and run the script under the Batch stopping contract.
/// Every failure ends as one log line with its exit code.
/// </summary>
/// <remarks><c>check</c> prints the resolved packages (<c>package Id Version</c>, one a line) and last the closure's pin
/// (<see cref="ScriptPin"/>) on <paramref name="stdout"/>, alone on its line, for the upload step.</remarks>
internal sealed class JobCommand(RunOptions options, JobInfo job, JobLog log, IEnvironment env, TextWriter stdout, Action<int> exit)
{
    public async Task<int> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        using var stop = new StopController(options.Grace, log, exit);
        stop.HandleSignals();
        if (options.Timeout is { } timeout)
            stop.StopAfter(timeout);
        using var store = new ObjectStore();
        var code = await ExecuteAsync(stop, store).ConfigureAwait(false);
        log.Info(options.Verb == Verb.Check ? "check finished" : "job finished",
            ("exit_code", code), ("duration_ms", clock.ElapsedMilliseconds), ("compiler_loaded", CompilerLoaded()), ("nuget_loaded", NuGetLoaded()));
        return code;
    }

    private async Task<int> ExecuteAsync(StopController stop, ObjectStore store)
    {
        try
        {
            var bundle = await new ScriptFetcher(store).FetchAsync(options.Script, options.ScriptSha256, stop.Token).ConfigureAwait(false);
            var cache = new CompileCache(options.Cache, store, log, options.Verb == Verb.Check ? SharedCacheAccess.Fill : SharedCacheAccess.Read);
            var compiled = await CompiledScriptSource.GetAsync(bundle, cache, log, env.Get(EnvironmentVariables.NuGetSource), stop.Token).ConfigureAwait(false);
            log.Info(options.Verb == Verb.Check ? "script checked" : "script ready",
                ("script", bundle.Main.Path), ("etag", bundle.Main.ETag), ("version_id", bundle.Main.VersionId),
                ("sha256", bundle.Main.Sha256), ("script_sha256", bundle.Pin), ("loaded_files", bundle.Loaded.Count), ("assembly_files", bundle.Libraries.Count),
                ("runner_libraries", string.Join(", ", bundle.RunnerLibraries)), ("packages", string.Join(", ", compiled.Packages)), ("cache", compiled.Outcome.ToString().ToLowerInvariant()),
                ("compile_ms", compiled.CompileMs), ("compiler_loaded", CompilerLoaded()));
            if (compiled.Script is null)
                return ExitCodes.DataError;
            using var script = compiled.Script;
            if (options.Verb == Verb.Check)
            {
                foreach (var package in compiled.Packages)
                    await stdout.WriteLineAsync($"package {package}").ConfigureAwait(false);
                await stdout.WriteLineAsync(bundle.Pin).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            return await RunScriptAsync(stop, store, script).ConfigureAwait(false);
        }
        catch (JobFailedException e)
        {
            log.Error(e.Message, ("exit_code", e.ExitCode));
            return e.ExitCode;
        }
        catch (Exception e) when (stop.StopRequested && ScriptFailure.IsCancellation(e))
        {
            log.Warn("stopped before the script started", ("reason", stop.Reason), ("exit_code", ExitCodes.Stopped));
            return ExitCodes.Stopped;
        }
    }

    private async Task<int> RunScriptAsync(StopController stop, ObjectStore store, ScriptAssembly script)
    {
        var inputs = await new InputResolver(store).ResolveAsync(options.Inputs, job, stop.Token).ConfigureAwait(false);
        log.Info("job started", ("inputs", inputs.Count), ("array_size", job.ArraySize), ("params", string.Join(',', options.Params.Select(p => p.Key))));
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        var watcher = SpotNoticeWatcher.Create(env, job, log, stop.RequestStop)?.RunAsync(watching.Token);
        var globals = new JobGlobals(options.Args, new JobParams(options.Params), job, inputs, log, stop.Token, store);
        try
        {
            var result = await script.RunAsync(globals).ConfigureAwait(false);
            if (stop.StopRequested)
            {
                log.Warn("script returned after a stop request; exiting for a retry", ("reason", stop.Reason));
                return ExitCodes.Stopped;
            }
            return result is int code ? code : ExitCodes.Success;
        }
        catch (JobFailedException e)
        {
            log.Error(e.Message, ("exit_code", e.ExitCode), ("script_line", ScriptFailure.ScriptLine(e)));
            return e.ExitCode;
        }
        catch (Exception e) when (stop.StopRequested && ScriptFailure.IsCancellation(e))
        {
            log.Warn("script stopped after cancellation", ("reason", stop.Reason), ("exit_code", ExitCodes.Stopped));
            return ExitCodes.Stopped;
        }
        catch (Exception e)
        {
            var line = ScriptFailure.ScriptLine(e);
            log.Error($"the script threw {e.GetType().Name}: {e.Message}", ("exit_code", ExitCodes.ScriptFailed), ("script_line", line));
            log.Raw(e.ToString());
            return ExitCodes.ScriptFailed;
        }
        finally
        {
            await watching.CancelAsync().ConfigureAwait(false);
            if (watcher is not null)
                await watcher.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static bool CompilerLoaded() => Loaded("Microsoft.CodeAnalysis");

    private static bool NuGetLoaded() => Loaded("NuGet.");

    private static bool Loaded(string namePrefix) =>
        AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name?.StartsWith(namePrefix, StringComparison.Ordinal) == true);
}
