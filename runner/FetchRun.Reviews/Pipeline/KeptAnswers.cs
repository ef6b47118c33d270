using System.Globalization;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// The text form of the paid answers kept in the <c>answers</c> table (<see cref="PaidAnswer"/>): a detected language as
/// <c>"es 0.98"</c>, a sentiment as <c>"Positive 0.9 0.01 0.08 0.01"</c> (label, then positive, negative, neutral, mixed).
/// A stored answer that does not parse is treated as missing and asked again.
/// </summary>
internal static class KeptAnswers
{
    public static AnswerKey LanguageKey(string provider, string text) => AnswerKey.For("language", provider, "", text);

    public static AnswerKey SentimentKey(string provider, string language, string text) => AnswerKey.For("sentiment", provider, language, text);

    public static string Format(LanguageGuess guess) => string.Create(CultureInfo.InvariantCulture, $"{guess.Code} {guess.Score:R}");

    public static string Format(SentimentScore s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Label} {s.Positive:R} {s.Negative:R} {s.Neutral:R} {s.Mixed:R}");

    public static LanguageGuess? ParseLanguage(string text)
    {
        var parts = text.Split(' ');
        return parts.Length == 2 && LanguageCodes.IsWellFormed(parts[0]) && TryDouble(parts[1], out var score)
            ? new LanguageGuess(parts[0], score)
            : null;
    }

    public static SentimentScore? ParseSentiment(string text)
    {
        var parts = text.Split(' ');
        if (parts.Length != 5 || !Enum.TryParse<SentimentLabel>(parts[0], ignoreCase: false, out var label) || !Enum.IsDefined(label))
            return null;
        return TryDouble(parts[1], out var positive) && TryDouble(parts[2], out var negative)
            && TryDouble(parts[3], out var neutral) && TryDouble(parts[4], out var mixed)
            ? new SentimentScore(label, positive, negative, neutral, mixed)
            : null;
    }

    private static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
