using FetchRun.Runner.Cli;
using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Caching;

/// <summary>Where a compiled script came from.</summary>
internal enum CacheOutcome
{
    Off,
    Miss,
    LocalHit,
    SharedHit,
}

/// <summary>
/// Compiled scripts by cache key: a local directory first, then an optional S3 prefix shared by array
/// children. Writes are atomic (local: temporary file then rename; S3: one PUT), so processes racing on
/// one key both succeed and the last write wins with identical content. Read or write failures of the
/// local directory, and read failures of the shared prefix, are logged and never fatal: the script is
/// compiled again.
/// </summary>
/// <remarks>
/// Trust: a job only reads the shared prefix (<see cref="SharedCacheAccess.Read"/>), so no job can plant
/// code that another job loads. Only <c>fetchrun check</c> (<see cref="SharedCacheAccess.Fill"/>), run by
/// whoever may already change the scripts, writes it; it ignores the local directory and puts there only
/// what it has just compiled from the fetched source, and a failed write fails the check.
/// </remarks>
internal sealed class CompileCache(CacheSettings settings, IObjectStore store, IJobLog log, SharedCacheAccess access)
{
    public async Task<(CachedScript? Script, CacheOutcome Outcome)> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        if (!settings.Enabled)
            return (null, CacheOutcome.Off);
        var local = LocalUri(key);
        if (!Filling && await TryReadAsync(local, cancellationToken).ConfigureAwait(false) is { } hit)
            return (hit, CacheOutcome.LocalHit);
        if (settings.Shared is not null && await TryReadAsync(SharedUri(key), cancellationToken).ConfigureAwait(false) is { } shared)
        {
            await TryWriteAsync(local, CacheEntry.Wrap(shared), cancellationToken).ConfigureAwait(false);
            return (shared, CacheOutcome.SharedHit);
        }
        return (null, CacheOutcome.Miss);
    }

    public async Task PutAsync(string key, CachedScript script, CancellationToken cancellationToken)
    {
        if (!settings.Enabled)
            return;
        var entry = CacheEntry.Wrap(script);
        await TryWriteAsync(LocalUri(key), entry, cancellationToken).ConfigureAwait(false);
        if (Filling)
        {
            await store.WriteAsync(SharedUri(key), entry, cancellationToken).ConfigureAwait(false);
            log.Info("shared compile cache filled", ("cache_entry", SharedUri(key).ToString()));
        }
    }

    private bool Filling => access == SharedCacheAccess.Fill && settings.Shared is not null;

    /// <summary>Forgets an entry that could not be loaded, so that the next run does not trip on it again.</summary>
    public void Evict(string key)
    {
        if (settings.Enabled)
            File.Delete(LocalUri(key).Location);
    }

    private ObjectUri LocalUri(string key) => ObjectUri.Parse(Path.Combine(settings.Directory!, key + ".dll"));

    private ObjectUri SharedUri(string key) => ObjectUri.Parse($"{settings.Shared}{key}.dll");

    private async Task<CachedScript?> TryReadAsync(ObjectUri uri, CancellationToken cancellationToken)
    {
        if (uri.Scheme == ObjectScheme.File && !File.Exists(uri.Location))
            return null;
        try
        {
            var stored = await store.ReadAsync(uri, cancellationToken).ConfigureAwait(false);
            if (CacheEntry.TryUnwrap(stored.Content, out var script))
                return script;
            log.Warn("compile cache entry is corrupt; compiling again", ("cache_entry", uri.ToString()));
        }
        catch (JobFailedException e) when (e.ExitCode == ExitCodes.NotFound)
        {
        }
        catch (Exception e) when (e is JobFailedException or IOException or UnauthorizedAccessException)
        {
            log.Warn("compile cache unreadable; compiling again", ("cache_entry", uri.ToString()), ("error", e.Message));
        }
        return null;
    }

    private async Task TryWriteAsync(ObjectUri uri, byte[] entry, CancellationToken cancellationToken)
    {
        try
        {
            await store.WriteAsync(uri, entry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JobFailedException or IOException or UnauthorizedAccessException)
        {
            log.Warn("compile cache not written", ("cache_entry", uri.ToString()), ("error", e.Message));
        }
    }
}
