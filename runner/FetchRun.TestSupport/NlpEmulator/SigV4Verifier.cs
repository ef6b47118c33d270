using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace FetchRun.TestSupport.NlpEmulator;

/// <summary>
/// Recomputes a request's AWS Signature Version 4 from the headers it names and the body it actually
/// carries, so a wrong secret or a tampered body fails. Returns the error the real services give, or null.
/// </summary>
internal static class SigV4Verifier
{
    private const string Algorithm = "AWS4-HMAC-SHA256";

    public static EmulatorError? Verify(HttpRequest request, byte[] body, string expectedService, NlpEmulatorOptions options)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization))
            return EmulatorError.Forbidden("MissingAuthenticationTokenException", "Missing Authentication Token");
        if (!authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
            return EmulatorError.Forbidden("IncompleteSignatureException", "Only AWS4-HMAC-SHA256 is supported");
        var parts = authorization[(Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("Credential", out var credential) || !parts.TryGetValue("SignedHeaders", out var signedHeaders)
            || !parts.TryGetValue("Signature", out var signature))
            return EmulatorError.Forbidden("IncompleteSignatureException", "Authorization header lacks Credential, SignedHeaders or Signature");
        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request")
            return EmulatorError.Forbidden("IncompleteSignatureException", $"Malformed credential scope '{credential}'");
        if (scope[0] != options.AccessKeyId)
            return EmulatorError.Forbidden("UnrecognizedClientException", "The security token included in the request is invalid.");
        if (scope[3] != expectedService)
            return EmulatorError.Forbidden("InvalidSignatureException", $"Credential should be scoped to correct service: '{expectedService}'.");
        var amzDate = request.Headers["X-Amz-Date"].ToString();
        if (amzDate.Length < 8 || amzDate[..8] != scope[1])
            return EmulatorError.Forbidden("InvalidSignatureException", "X-Amz-Date is missing or does not match the credential scope date.");

        var names = signedHeaders.Split(';');
        if (!names.Contains("host") || !names.Contains("x-amz-date"))
            return EmulatorError.Forbidden("InvalidSignatureException", "host and x-amz-date must be signed.");
        var canonicalHeaders = new StringBuilder();
        foreach (var name in names)
            canonicalHeaders.Append(name).Append(':').Append(Normalize(request.Headers[name].ToString())).Append('\n');
        var canonicalRequest = string.Join('\n',
            request.Method, string.IsNullOrEmpty(request.Path.Value) ? "/" : request.Path.Value, "",
            canonicalHeaders.ToString(), signedHeaders, Hex(SHA256.HashData(body)));
        var scopeText = string.Join('/', scope[1..]);
        var stringToSign = string.Join('\n', Algorithm, amzDate, scopeText, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

        var key = Encoding.UTF8.GetBytes("AWS4" + options.SecretAccessKey);
        foreach (var part in scope[1..])
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        var expected = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature))
            ? null
            : EmulatorError.Forbidden("InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.");
    }

    private static string Normalize(string value) => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
