namespace FetchRun.Reviews.Nlp;

/// <summary>
/// Language tags as Comprehend and Translate spell them (<c>en</c>, <c>de</c>, <c>zh</c>, <c>zh-TW</c>): a 2–3 letter
/// primary language, then subtags of 2–8 letters or digits; '_' is read as '-'. Normalised to a lower-case
/// language, an upper-case 2-letter region and a title-case 4-letter script.
/// </summary>
public static class LanguageCodes
{
    /// <summary>The code recorded when the language could not be determined.</summary>
    public const string Undetermined = "und";

    /// <summary>True when <paramref name="code"/> is a well-formed tag (<c>pt-BR</c>, <c>zh-TW</c>, <c>zh-Hant</c>).</summary>
    public static bool IsWellFormed(string? code) => code is not null && TryNormalize(code, out _);

    /// <summary>The normalised tag: <c>ZH_tw</c> becomes <c>zh-TW</c>.</summary>
    /// <exception cref="ArgumentException">The tag is not well formed.</exception>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryNormalize(code, out var normalized) ? normalized! : throw new ArgumentException($"'{code}' is not a language code", nameof(code));
    }

    /// <summary>Normalises <paramref name="text"/>; false when it is not a well-formed tag.</summary>
    public static bool TryNormalize(string text, out string? normalized)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 2 && char.IsAsciiLetterLower(text[0]) && char.IsAsciiLetterLower(text[1]))
        {
            normalized = text;
            return true;
        }
        normalized = null;
        var parts = text.Trim().Replace('_', '-').Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
            return false;
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length is < 2 or > 8 || !parts[i].All(char.IsAsciiLetterOrDigit))
                return false;
        }
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length switch
            {
                2 when parts[i].All(char.IsAsciiLetter) => parts[i].ToUpperInvariant(),
                4 when parts[i].All(char.IsAsciiLetter) => char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant(),
                _ => parts[i].ToLowerInvariant(),
            };
        }
        normalized = parts.Length == 1 ? parts[0] : string.Join('-', parts);
        return true;
    }
}
