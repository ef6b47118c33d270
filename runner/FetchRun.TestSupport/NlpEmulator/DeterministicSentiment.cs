using System.Globalization;

namespace FetchRun.TestSupport.NlpEmulator;

/// <summary>
/// Deterministic sentiment from keyword polarity (a few words per language): only positive words →
/// POSITIVE, only negative → NEGATIVE, both → MIXED, neither → NEUTRAL. Scores sum to 1.
/// </summary>
internal static class DeterministicSentiment
{
    private static readonly string[] Positive =
    [
        "good", "great", "excellent", "love", "perfect", "happy", "recommend", "gut", "toll", "super", "prima", "empfehlen",
        "bueno", "buena", "excelente", "genial", "encanta", "bon", "bonne", "parfait", "excellent", "adore", "buono", "ottimo",
        "bom", "ótimo", "良い", "最高", "素晴らしい", "満足", "好", "很好", "喜欢", "满意", "좋아요",
    ];

    private static readonly string[] Negative =
    [
        "bad", "terrible", "awful", "broken", "hate", "poor", "waste", "schlecht", "kaputt", "enttäuscht", "leider",
        "malo", "mala", "roto", "horrible", "mauvais", "mauvaise", "cassé", "déçu", "cattivo", "rotto", "ruim", "quebrado",
        "悪い", "最悪", "壊れ", "残念", "差", "坏", "失望", "别买", "나빠요",
    ];

    public static (string Label, double Positive, double Negative, double Neutral, double Mixed) Score(string text)
    {
        var lower = text.ToLower(CultureInfo.InvariantCulture);
        var pos = Positive.Count(w => lower.Contains(w, StringComparison.Ordinal));
        var neg = Negative.Count(w => lower.Contains(w, StringComparison.Ordinal));
        return (pos, neg) switch
        {
            ( > 0, > 0) => ("MIXED", 0.2, 0.2, 0.05, 0.55),
            ( > 0, 0) => ("POSITIVE", 0.9, 0.02, 0.07, 0.01),
            (0, > 0) => ("NEGATIVE", 0.02, 0.9, 0.07, 0.01),
            _ => ("NEUTRAL", 0.1, 0.1, 0.79, 0.01),
        };
    }
}
