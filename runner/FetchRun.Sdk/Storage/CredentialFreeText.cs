namespace FetchRun.Sdk.Storage;

/// <summary>
/// The credential-free form of a URL: user info dropped, the values of signing and token query parameters replaced
/// by <see cref="Redacted"/>. Presigned S3 URLs carry <c>X-Amz-Credential</c>, <c>X-Amz-Signature</c> and, with
/// temporary credentials, <c>X-Amz-Security-Token</c> (SigV4 query authentication); the older form carries
/// <c>AWSAccessKeyId</c> and <c>Signature</c>.
/// </summary>
internal static class CredentialFreeText
{
    public const string Redacted = "REDACTED";

    private static readonly HashSet<string> SigningParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token", "Signature", "AWSAccessKeyId", "sig",
        "X-Goog-Signature", "X-Goog-Credential",
    };

    private static readonly string[] SecretWords = ["token", "secret", "password", "passwd"];

    /// <summary>The credential-free form of a parsed absolute URL.</summary>
    public static string Of(Uri uri)
    {
        var query = uri.Query.Length <= 1 ? "" : "?" + string.Join('&', uri.Query[1..].Split('&').Select(RedactParameter));
        return $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}{query}{uri.Fragment}";
    }

    /// <summary>The credential-free form of text that may or may not be a URL (for messages about unusable locations).</summary>
    public static string Of(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? Of(uri) : text;

    /// <summary>True when a query parameter of this name carries a credential.</summary>
    public static bool IsCredentialParameter(string name) =>
        SigningParameters.Contains(name) || SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static string RedactParameter(string pair)
    {
        var eq = pair.IndexOf('=', StringComparison.Ordinal);
        var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
        return eq >= 0 && IsCredentialParameter(name) ? $"{pair[..eq]}={Redacted}" : pair;
    }
}
