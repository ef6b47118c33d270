using System.Globalization;

namespace FetchRun.Reviews.Reports;

/// <summary>How numbers and times read in the report: invariant culture, UTC.</summary>
internal static class ReportFormat
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Usd(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture) + " USD";

    public static string Share(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Time(DateTimeOffset? value) =>
        value is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : "—";

    public static string Duration(DateTimeOffset started, DateTimeOffset? finished) =>
        finished is { } end ? (end - started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "running";
}
