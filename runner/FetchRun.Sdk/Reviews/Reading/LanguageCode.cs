namespace FetchRun.Sdk.Reviews.Reading;

/// <summary>
/// Well-formedness of a language tag in the subset the services use: a 2–3 letter primary language,
/// then subtags of 2–8 letters or digits (<c>en</c>, <c>zh-TW</c>, <c>zh-Hant</c>). '_' is read as '-'.
/// Normalised to a lower-case primary language, an upper-case 2-letter region and a title-case 4-letter script.
/// </summary>
internal static class LanguageCode
{
    public static bool TryNormalize(string text, out string? normalized)
    {
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
