namespace FetchRun.Reviews.Nlp.Local;

/// <summary>
/// Splits text into VADER tokens: whitespace-separated, one-character tokens dropped, a word's leading or
/// trailing punctuation removed while contractions and emoticons (":)", ":-D") are kept whole.
/// </summary>
internal static class VaderTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = SplitOnWhitespace(text);
        if (tokens.Count == 0)
            return tokens;
        var bareWords = new HashSet<string>(SplitOnWhitespace(RemoveAsciiPunctuation(text)), StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryStripEdgePunctuation(tokens[i], bareWords, out var word))
                tokens[i] = word;
        }
        return tokens;
    }

    /// <summary>Python's <c>str.isupper</c> on ASCII letters: at least one capital and no lower-case letter.</summary>
    public static bool IsAllCaps(string token)
    {
        var hasUpper = false;
        foreach (var c in token)
        {
            if (c is >= 'a' and <= 'z')
                return false;
            hasUpper |= c is >= 'A' and <= 'Z';
        }
        return hasUpper;
    }

    // "word," → "word" only when the stripped form is a word of the punctuation-free text, as the reference's lookup table does.
    private static bool TryStripEdgePunctuation(string token, HashSet<string> bareWords, out string word)
    {
        foreach (var punctuation in VaderRules.EdgePunctuation)
        {
            if (token.Length <= punctuation.Length)
                continue;
            if (token.StartsWith(punctuation, StringComparison.Ordinal) && bareWords.Contains(word = token[punctuation.Length..]))
                return true;
            if (token.EndsWith(punctuation, StringComparison.Ordinal) && bareWords.Contains(word = token[..^punctuation.Length]))
                return true;
        }
        word = token;
        return false;
    }

    private static string RemoveAsciiPunctuation(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsAsciiPunctuation(c))
                kept.Append(c);
        }
        return kept.ToString();
    }

    // Python's string.punctuation.
    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    // JavaScript's \s (which the reference splits on): .NET white space minus U+0085, plus U+FEFF. Tokens of one character are dropped.
    private static List<string> SplitOnWhitespace(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsSeparator(text[i]))
                continue;
            if (i - start > 1)
                tokens.Add(text[start..i]);
            start = i + 1;
        }
        return tokens;
    }

    private static bool IsSeparator(char c) => c == '\uFEFF' || (c != '\u0085' && char.IsWhiteSpace(c));
}
