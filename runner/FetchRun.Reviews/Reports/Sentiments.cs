namespace FetchRun.Reviews.Reports;

/// <summary>The sentiment labels in the order and colours every chart and table of the report uses.</summary>
internal static class Sentiments
{
    /// <summary>The label shown for rows whose sentiment could not be scored (NULL in the database).</summary>
    public const string NotScored = "not scored";

    public static IReadOnlyList<string> Labels { get; } = ["POSITIVE", "NEGATIVE", "NEUTRAL", "MIXED", NotScored];

    /// <summary>The four labels Comprehend gives, the columns of the stars table.</summary>
    public static IReadOnlyList<string> Scored { get; } = ["POSITIVE", "NEGATIVE", "NEUTRAL", "MIXED"];

    public static string Label(string? sentiment) => sentiment ?? NotScored;

    public static string Colour(string label) => label switch
    {
        "POSITIVE" => "#2e7d32",
        "NEGATIVE" => "#c62828",
        "NEUTRAL" => "#78909c",
        "MIXED" => "#f9a825",
        _ => "#d7ccc8",
    };
}
