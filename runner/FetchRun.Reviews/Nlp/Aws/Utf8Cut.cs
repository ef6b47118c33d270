using System.Text;

namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>Cuts text to a UTF-8 byte budget, at the last sentence end if one is near, else a word, else a character.</summary>
internal static class Utf8Cut
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n', '。', '！', '？', '…', '؟', '।'];

    /// <summary>True when <paramref name="text"/> already fits in <paramref name="maxBytes"/>.</summary>
    public static bool Fits(string text, int maxBytes) => Encoding.UTF8.GetByteCount(text) <= maxBytes;

    /// <summary>The longest prefix that fits, preferring a sentence end in the last half of the budget.</summary>
    public static string ToFit(string text, int maxBytes)
    {
        if (Fits(text, maxBytes))
            return text;
        var end = LongestFittingPrefix(text, maxBytes);
        var floor = end / 2;
        var sentence = text.LastIndexOfAny(SentenceEnds, end - 1, end);
        if (sentence >= floor && sentence > 0)
            return text[..(sentence + 1)].TrimEnd();
        for (var i = end - 1; i >= floor && i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
                return text[..i].TrimEnd();
        }
        return text[..end];
    }

    /// <summary>Chars of the longest prefix within the budget that does not split a surrogate pair.</summary>
    private static int LongestFittingPrefix(string text, int maxBytes)
    {
        var bytes = 0;
        var i = 0;
        while (i < text.Length)
        {
            var step = char.IsSurrogatePair(text, i) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(i, step));
            if (bytes + size > maxBytes)
                break;
            bytes += size;
            i += step;
        }
        return i;
    }
}
