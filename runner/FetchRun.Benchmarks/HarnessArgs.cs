using System.Globalization;

namespace FetchRun.Benchmarks;

/// <summary>Reads <c>--name value</c> options of a harness's command line.</summary>
internal static class HarnessArgs
{
    public static string? String(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) =>
        String(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public static double Double(string[] args, string name, double fallback) =>
        String(args, name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
