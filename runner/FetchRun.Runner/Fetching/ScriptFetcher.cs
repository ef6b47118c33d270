using System.Security.Cryptography;
using System.Text;
using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Fetching;

/// <summary>
/// Fetches a script and, recursively, the files it <c>#load</c>s (relative to the including file's URI,
/// S3 included, and only within its scheme and bucket: <see cref="LoadScope"/>). The pin
/// (<c>--script-sha256</c>) covers the whole closure (<see cref="ScriptPin"/>).
/// </summary>
internal sealed class ScriptFetcher(IObjectStore store)
{
    private const int MaxFiles = 100;

    public async Task<ScriptBundle> FetchAsync(ObjectUri script, string? pinnedSha256, CancellationToken cancellationToken)
    {
        var main = await FetchFileAsync(script, cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.Ordinal) { main.Path };
        var loaded = new List<ScriptFile>();
        var pending = new Queue<ScriptFile>([main]);
        while (pending.TryDequeue(out var file))
        {
            foreach (var directive in LoadDirectives.Find(file.Text))
            {
                var uri = LoadScope.Resolve(file, directive);
                if (!seen.Add(uri.ToString()))
                    continue;
                if (seen.Count > MaxFiles)
                    throw new JobFailedException(ExitCodes.DataError, $"{script} loads more than {MaxFiles} files; is there a #load cycle?");
                var next = await FetchFileAsync(uri, cancellationToken).ConfigureAwait(false);
                loaded.Add(next);
                pending.Enqueue(next);
            }
        }
        var bundle = new ScriptBundle(main, loaded);
        if (pinnedSha256 is not null && !string.Equals(bundle.Pin, pinnedSha256, StringComparison.OrdinalIgnoreCase))
            throw new JobFailedException(ExitCodes.PermissionDenied,
                $"{script} with its {loaded.Count} #load'ed file(s) has SHA-256 {bundle.Pin}, but --script-sha256 pins {pinnedSha256}; refusing to run it.");
        return bundle;
    }

    private async Task<ScriptFile> FetchFileAsync(ObjectUri uri, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(uri, cancellationToken).ConfigureAwait(false);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(stored.Content).TrimStart('\uFEFF');
        var sha = Convert.ToHexStringLower(SHA256.HashData(stored.Content));
        return new ScriptFile(uri, text, sha, stored.ETag, stored.VersionId);
    }
}
