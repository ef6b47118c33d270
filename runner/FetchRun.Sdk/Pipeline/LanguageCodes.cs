using System.Text.RegularExpressions;

namespace FetchRun.Sdk.Pipeline;

/// <summary>Language codes as Comprehend and Translate spell them: <c>en</c>, <c>de</c>, <c>zh</c>, <c>zh-TW</c>.</summary>
public static partial class LanguageCodes
{
    /// <summary>The code recorded when the language could not be determined.</summary>
    public const string Undetermined = "und";

    /// <summary>True for a two- or three-letter code with an optional region or script (<c>pt-BR</c>, <c>zh-TW</c>).</summary>
    public static bool IsWellFormed(string? code) => code is not null && Shape().IsMatch(code.Trim());

    /// <summary>Lower-case language, upper-case region, hyphen separator: <c>ZH_tw</c> becomes <c>zh-TW</c>.</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var parts = code.Trim().Replace('_', '-').Split('-', 2);
        return parts.Length == 1 ? parts[0].ToLowerInvariant() : $"{parts[0].ToLowerInvariant()}-{parts[1].ToUpperInvariant()}";
    }

    [GeneratedRegex("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,4})?$")]
    private static partial Regex Shape();
}
