namespace FetchRun.Reviews.Sinks.Reporting;

/// <summary>
/// Caps that keep a report small whatever the data: groups past these are folded into one "other" entry, so a
/// corpus with a hundred thousand distinct categories still gives a file of a few megabytes.
/// </summary>
internal static class ReportLimits
{
    public const int Languages = 30;
    public const int Categories = 30;
    public const int Reasons = 15;
    public const int ExamplesPerReason = 3;
    public const int RawCharacters = 200;
    public const int Runs = 200;

    /// <summary>The throughput chart aims at about this many points.</summary>
    public const int ThroughputPoints = 60;
}
