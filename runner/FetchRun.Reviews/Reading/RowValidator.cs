using System.Globalization;
using FetchRun.Reviews.Nlp;

namespace FetchRun.Reviews.Reading;

/// <summary>
/// Turns the values of a line into a <see cref="Review"/>, or into the reason it cannot be one. Fields are
/// checked in schema order and the first problem is the reason.
/// </summary>
internal static class RowValidator
{
    public static Review? Validate(RawRow row, string source, long line, out string? reason)
    {
        reason = null;
        for (var i = 0; i < ReviewFields.Count; i++)
        {
            reason = row.Problems[i] ?? CheckPresence(row, (ReviewField)i);
            if (reason is not null)
                return null;
        }
        if (!TryParseStars(row[ReviewField.Stars]!, out var stars, out reason))
            return null;
        var language = row[ReviewField.Language];
        if (string.IsNullOrWhiteSpace(language))
            language = null;
        else if (!LanguageCodes.TryNormalize(language, out language))
        {
            reason = QuarantineReasons.BadLanguage(row[ReviewField.Language]!);
            return null;
        }
        var title = row[ReviewField.ReviewTitle];
        return new Review(
            row[ReviewField.ReviewId]!, row[ReviewField.ProductId]!, row[ReviewField.ReviewerId]!, stars,
            row[ReviewField.ReviewBody]!, string.IsNullOrWhiteSpace(title) ? null : title, language,
            row[ReviewField.ProductCategory]!, source, line);
    }

    private static string? CheckPresence(RawRow row, ReviewField field)
    {
        if (!ReviewFields.IsRequired(field))
            return null;
        var value = row[field];
        if (value is null)
            return QuarantineReasons.Missing(field);
        return string.IsNullOrWhiteSpace(value) ? QuarantineReasons.Empty(field) : null;
    }

    private static bool TryParseStars(string text, out int stars, out string? reason)
    {
        stars = 0;
        reason = null;
        var trimmed = text.Trim();
        if (!decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var number))
        {
            reason = QuarantineReasons.StarsNotANumber(text);
            return false;
        }
        if (number != decimal.Truncate(number))
        {
            reason = QuarantineReasons.StarsNotWhole(trimmed);
            return false;
        }
        if (number is < 1 or > 5)
        {
            reason = QuarantineReasons.StarsOutOfRange(trimmed);
            return false;
        }
        stars = (int)number;
        return true;
    }
}
