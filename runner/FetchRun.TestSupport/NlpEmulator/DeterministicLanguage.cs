using System.Globalization;
using System.Text.RegularExpressions;

namespace FetchRun.TestSupport.NlpEmulator;

/// <summary>
/// Deterministic language detection: a leading <c>[lang:xx]</c> marker wins; otherwise the script decides
/// (kana → ja, hangul → ko, han → zh, arabic, devanagari, cyrillic, greek, thai), and Latin text is scored on
/// short stop-word lists and tell-tale letters for en de es fr it pt nl. Null when nothing can be told.
/// </summary>
internal static partial class DeterministicLanguage
{
    private static readonly (string Code, string[] Words, string Letters)[] Latin =
    [
        ("en", ["the", "and", "is", "it", "this", "was", "with", "not", "very", "but", "for", "of", "to", "my", "i"], ""),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "sehr", "ich", "mit", "ein", "eine", "es", "auf", "zu", "aber"], "äöüß"),
        ("es", ["el", "la", "los", "las", "es", "muy", "pero", "con", "que", "y", "una", "no", "por", "para", "lo"], "ñ¿¡"),
        ("fr", ["le", "la", "les", "est", "et", "très", "pas", "une", "un", "je", "avec", "mais", "ce", "pour", "du"], "çœèêàù"),
        ("it", ["il", "lo", "gli", "è", "e", "molto", "non", "con", "che", "una", "ma", "per", "di", "questo", "sono"], "ì"),
        ("pt", ["o", "os", "as", "é", "e", "muito", "não", "com", "que", "uma", "mas", "para", "do", "da", "em"], "ãõ"),
        ("nl", ["de", "het", "een", "en", "is", "niet", "zeer", "heel", "met", "maar", "van", "dit", "ik", "op", "te"], "ĳ"),
    ];

    public static (string Code, double Score)? Detect(string text)
    {
        var marker = Marker().Match(text);
        if (marker.Success)
            return (marker.Groups[1].Value, 1.0);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rune in text.EnumerateRunes())
        {
            var script = Script(rune.Value);
            if (script is not null)
                counts[script] = counts.GetValueOrDefault(script) + 1;
        }
        if (counts.GetValueOrDefault("kana") > 0)
            return ("ja", 0.99);
        var best = counts.Where(c => c.Key != "latin").OrderByDescending(c => c.Value).FirstOrDefault();
        if (best.Key is not null && best.Value >= counts.GetValueOrDefault("latin"))
            return (best.Key, 0.98);
        return counts.GetValueOrDefault("latin") > 0 ? DetectLatin(text) : null;
    }

    private static (string, double) DetectLatin(string text)
    {
        var lower = text.ToLower(CultureInfo.InvariantCulture);
        var words = Words().Matches(lower).Select(m => m.Value).ToArray();
        var scored = Latin.Select(l => (l.Code, Score: words.Count(w => l.Words.Contains(w)) + 2 * lower.Count(c => l.Letters.Contains(c))))
            .OrderByDescending(s => s.Score).ToArray();
        if (scored[0].Score == 0)
            return ("en", 0.51);
        var margin = scored[0].Score - scored[1].Score;
        return (scored[0].Code, Math.Round(Math.Min(0.99, 0.6 + 0.1 * margin), 4));
    }

    private static string? Script(int c) => c switch
    {
        >= 0x3040 and <= 0x30FF => "kana",
        >= 0xAC00 and <= 0xD7AF or >= 0x1100 and <= 0x11FF => "ko",
        >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF => "zh",
        >= 0x0600 and <= 0x06FF => "ar",
        >= 0x0900 and <= 0x097F => "hi",
        >= 0x0400 and <= 0x04FF => "ru",
        >= 0x0370 and <= 0x03FF => "el",
        >= 0x0E00 and <= 0x0E7F => "th",
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= 0x00C0 and <= 0x024F => "latin",
        _ => null,
    };

    [GeneratedRegex(@"^\s*\[lang:([a-zA-Z]{2,3}(?:-[A-Za-z]{2})?)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
