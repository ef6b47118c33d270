using System.Text.RegularExpressions;

namespace FetchRun.Runner.Logging;

/// <summary>
/// Removes secrets from log text: connection-string passwords, credentials in URLs, AWS secret keys
/// and session tokens, and the values of fields whose names say they are secret.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Mask = "***";

    public static bool IsSecretName(string name) => SecretName().IsMatch(name);

    public static string Redact(string text)
    {
        if (text.Length == 0)
            return text;
        text = KeyValueSecret().Replace(text, m => m.Groups[1].Value + Masked(m.Groups[2].Value));
        text = UrlCredentials().Replace(text, m => m.Groups[1].Value + Mask + "@");
        return AwsSecret().Replace(text, Mask);
    }

    // A quoted value keeps its quotes, so that JSON and connection strings stay readable.
    private static string Masked(string value) => value[0] is '\'' or '"' ? value[0] + Mask + value[0] : Mask;

    [GeneratedRegex("(?i)(password|passwd|pwd|secret|token)")]
    private static partial Regex SecretName();

    // Password=…; and Password='a b;c' in ADO.NET strings, password=… and the signing parameters of presigned URLs
    // (X-Amz-Signature, X-Amz-Credential, X-Amz-Security-Token, Signature, token) in query strings,
    // "SecretAccessKey": "…" in JSON. A quoted value is masked up to its closing quote, spaces and ';' included.
    [GeneratedRegex("""(?i)((?:password|passwd|pwd|secret[_a-z]*|session[_-]?token|x-amz-security-token|x-amz-signature|x-amz-credential|signature|token)"?\s*[=:]\s*)('[^']*'|"[^"]*"|[^;&"'\s,}]+)""")]
    private static partial Regex KeyValueSecret();

    // scheme://user:password@host
    [GeneratedRegex("([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\\s]+:)[^@/\\s]+@")]
    private static partial Regex UrlCredentials();

    // A 40-character AWS secret access key standing alone.
    [GeneratedRegex("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])")]
    private static partial Regex AwsSecret();
}
