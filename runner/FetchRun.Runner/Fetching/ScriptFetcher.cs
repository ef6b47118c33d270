using System.Security.Cryptography;
using System.Text;
using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Fetching;

/// <summary>
/// Fetches a script and, recursively, the files it <c>#load</c>s (relative to the including file's URI,
/// S3 included). The pin (<c>--script-sha256</c>) covers the script itself; pin loaded S3 files with
/// <c>?versionId=</c>.
/// </summary>
internal sealed class ScriptFetcher(IObjectStore store)
{
    private const int MaxFiles = 100;

    public async Task<ScriptBundle> FetchAsync(ObjectUri script, string? pinnedSha256, CancellationToken cancellationToken)
    {
        var main = await FetchFileAsync(script, cancellationToken).ConfigureAwait(false);
        if (pinnedSha256 is not null && !string.Equals(main.Sha256, pinnedSha256, StringComparison.OrdinalIgnoreCase))
            throw new JobFailedException(ExitCodes.PermissionDenied,
                $"{script} has SHA-256 {main.Sha256}, but --script-sha256 pins {pinnedSha256}; refusing to run it.");

        var seen = new HashSet<string>(StringComparer.Ordinal) { main.Path };
        var loaded = new List<ScriptFile>();
        var pending = new Queue<ScriptFile>([main]);
        while (pending.TryDequeue(out var file))
        {
            foreach (var relative in LoadDirectives.Find(file.Text))
            {
                var uri = file.Uri.Resolve(relative);
                if (!seen.Add(uri.ToString()))
                    continue;
                if (seen.Count > MaxFiles)
                    throw new JobFailedException(ExitCodes.DataError, $"{script} loads more than {MaxFiles} files; is there a #load cycle?");
                var next = await FetchFileAsync(uri, cancellationToken).ConfigureAwait(false);
                loaded.Add(next);
                pending.Enqueue(next);
            }
        }
        return new ScriptBundle(main, loaded);
    }

    private async Task<ScriptFile> FetchFileAsync(ObjectUri uri, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(uri, cancellationToken).ConfigureAwait(false);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(stored.Content).TrimStart('\uFEFF');
        var sha = Convert.ToHexStringLower(SHA256.HashData(stored.Content));
        return new ScriptFile(uri, text, sha, stored.ETag, stored.VersionId);
    }
}
