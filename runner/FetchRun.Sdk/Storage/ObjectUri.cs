namespace FetchRun.Sdk.Storage;

/// <summary>Where a script or input lives: S3 (optionally a version), a local file, or HTTPS.</summary>
public enum ObjectScheme
{
    /// <summary>A local path or <c>file://</c> URI.</summary>
    File,
    /// <summary><c>s3://bucket/key[?versionId=…]</c>.</summary>
    S3,
    /// <summary><c>https://…</c> (plain <c>http://</c> is refused).</summary>
    Https,
}

/// <summary>A parsed script or input location.</summary>
public sealed record ObjectUri
{
    private readonly string? _display;

    private ObjectUri(ObjectScheme scheme, string original, string location, string? bucket, string? versionId, string? display = null)
    {
        Scheme = scheme;
        Original = original;
        Location = location;
        Bucket = bucket;
        VersionId = versionId;
        _display = display;
    }

    /// <summary>The kind of location.</summary>
    public ObjectScheme Scheme { get; }

    /// <summary>The text the user gave. It may hold credentials (a presigned URL): never log or store it; use <see cref="ToString"/>.</summary>
    public string Original { get; }

    /// <summary>The S3 key, the absolute local path, or the HTTPS URL as given (with any credentials: only for fetching).</summary>
    public string Location { get; }

    /// <summary>The S3 bucket; null for other schemes.</summary>
    public string? Bucket { get; }

    /// <summary>The S3 version id, when pinned with <c>?versionId=</c>.</summary>
    public string? VersionId { get; }

    /// <summary>The last path segment, used to name the script in diagnostics.</summary>
    public string FileName => Scheme == ObjectScheme.Https ? Path.GetFileName(Uri.UnescapeDataString(new Uri(Location).AbsolutePath)) : Location[(Location.LastIndexOf('/') + 1)..];

    /// <summary>True when the URI names a prefix (S3 key or path ending in '/', or a local directory).</summary>
    public bool IsPrefix => Location.EndsWith('/') || (Scheme == ObjectScheme.File && Directory.Exists(Location));

    /// <summary>Parses a URI or local path.</summary>
    /// <exception cref="JobFailedException">Exit code 64 for <c>http://</c>, unknown schemes or a malformed S3 URI.</exception>
    public static ObjectUri Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (value.Length == 0)
            throw Usage(text, "it is empty");
        if (value.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
            return ParseS3(text, value["s3://".Length..]);
        if (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var https) || https.Host.Length == 0)
                throw Usage(text, "it is not a well-formed https:// URL");
            return new ObjectUri(ObjectScheme.Https, text, value, null, null, CredentialFreeText.Of(https));
        }
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            throw Usage(text, "plain http:// is refused because the content could be altered in transit; use https:// or s3://");
        if (value.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var file) && file.IsFile
                ? new ObjectUri(ObjectScheme.File, text, Uri.UnescapeDataString(file.LocalPath), null, null)
                : throw Usage(text, "it is not a well-formed file:// URI");
        }
        var colon = value.IndexOf("://", StringComparison.Ordinal);
        if (colon > 0)
            throw Usage(text, $"the scheme '{value[..colon]}' is not supported (use s3://, https://, file:// or a local path)");
        var full = Path.GetFullPath(value);
        if (value.EndsWith('/') && !full.EndsWith('/'))
            full += '/';
        return new ObjectUri(ObjectScheme.File, text, full, null, null);
    }

    /// <summary>Resolves a relative reference (such as a <c>#load</c> path) against this URI.</summary>
    public ObjectUri Resolve(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        if (relative.Contains("://", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            return Parse(relative);
        switch (Scheme)
        {
            case ObjectScheme.File:
                return Parse(Path.Combine(Path.GetDirectoryName(Location) ?? "/", relative));
            case ObjectScheme.Https:
                return Uri.TryCreate(new Uri(Location), relative, out var resolved)
                    ? Parse(resolved.ToString())
                    : throw Usage(relative, $"it does not resolve against {this}");
            default:
                var baseKey = Location[..(Location.LastIndexOf('/') + 1)];
                var combined = new Uri(new Uri("s3://x/" + baseKey), relative).AbsolutePath.TrimStart('/');
                return Parse($"s3://{Bucket}/{Uri.UnescapeDataString(combined)}");
        }
    }

    /// <summary>A child object of this prefix (S3 key or local file).</summary>
    internal ObjectUri Child(string keyOrPath) => Scheme == ObjectScheme.S3
        ? new ObjectUri(ObjectScheme.S3, $"s3://{Bucket}/{keyOrPath}", keyOrPath, Bucket, null)
        : new ObjectUri(ObjectScheme.File, keyOrPath, keyOrPath, null, null);

    /// <summary>
    /// The URI without credentials, fit for logs, messages and stored rows: an HTTPS URL loses its user info, and
    /// the values of signing and token query parameters (<c>X-Amz-Signature</c>, <c>X-Amz-Credential</c>,
    /// <c>X-Amz-Security-Token</c>, <c>Signature</c>, <c>token</c>, …) become <c>REDACTED</c>. Fetching uses
    /// <see cref="Location"/>, never this.
    /// </summary>
    public override string ToString() => Scheme switch
    {
        ObjectScheme.S3 => VersionId is null ? $"s3://{Bucket}/{Location}" : $"s3://{Bucket}/{Location}?versionId={VersionId}",
        ObjectScheme.Https => _display ?? Location,
        _ => Location,
    };

    private static ObjectUri ParseS3(string original, string rest)
    {
        string? versionId = null;
        var query = rest.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            foreach (var pair in rest[(query + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? pair : pair[..eq];
                if (name != "versionId")
                    throw Usage(original, $"the query parameter '{name}' is not supported (only versionId)");
                versionId = Uri.UnescapeDataString(eq < 0 ? "" : pair[(eq + 1)..]);
                if (versionId.Length == 0)
                    throw Usage(original, "versionId is empty");
            }
            rest = rest[..query];
        }
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
            throw Usage(original, "an S3 URI needs a bucket and a key: s3://bucket/key");
        return new ObjectUri(ObjectScheme.S3, original, rest[(slash + 1)..], rest[..slash], versionId);
    }

    private static JobFailedException Usage(string text, string why) =>
        new(ExitCodes.Usage, $"'{CredentialFreeText.Of(text)}' is not a usable location: {why}.");
}
