using FetchRun.Reviews.Nlp;

namespace FetchRun.Reviews.Pipeline;

/// <summary>A review's translation, or why there is none.</summary>
internal sealed record TranslationOutcome(string? Text, string Status, string? Error)
{
    public static TranslationOutcome Of(TranslationStatus status, string? error = null) => new(null, StatusName(status), error);

    public static TranslationOutcome Of(TranslationResult result) =>
        new(result.Text, StatusName(result.Status), result.Error is null ? null : $"translation: {result.Error}");

    /// <summary>The status as stored: translated, truncated, not_needed, not_available, failed.</summary>
    public static string StatusName(TranslationStatus status) => status switch
    {
        TranslationStatus.Translated => "translated",
        TranslationStatus.Truncated => "truncated",
        TranslationStatus.NotNeeded => "not_needed",
        TranslationStatus.NotAvailable => "not_available",
        _ => "failed",
    };
}
