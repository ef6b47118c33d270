using System.Globalization;
using FetchRun.Runner.Bootstrap;

namespace FetchRun.Runner.Cli;

/// <summary>Parses durations such as <c>500ms</c>, <c>90</c> (seconds), <c>90s</c>, <c>15m</c>, <c>2h</c>.</summary>
internal static class Durations
{
    public static TimeSpan Parse(string option, string text)
    {
        var units = new (string Suffix, double Seconds)[] { ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600) };
        foreach (var (suffix, seconds) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && TryNumber(text[..^suffix.Length], out var n))
                return TimeSpan.FromSeconds(n * seconds);
        }
        if (TryNumber(text, out var plain))
            return TimeSpan.FromSeconds(plain);
        throw new CommandLineException($"{option} '{text}' is not a duration (examples: 500ms, 90s, 15m, 2h).");
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value > 0 && double.IsFinite(value);
}
