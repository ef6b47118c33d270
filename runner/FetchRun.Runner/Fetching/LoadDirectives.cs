using System.Text.RegularExpressions;

namespace FetchRun.Runner.Fetching;

/// <summary>
/// Finds the <c>#load "path"</c> directives of a script without the compiler (a cache hit must not load
/// Roslyn). C# allows them only before the first token, so the scan stops at the first line of code;
/// the compiler still reports a misplaced or unresolvable one.
/// </summary>
internal static partial class LoadDirectives
{
    public static IReadOnlyList<LoadDirective> Find(string text)
    {
        var paths = new List<LoadDirective>();
        var inBlockComment = false;
        var number = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = rawLine.Trim().ToString();
            if (inBlockComment)
            {
                inBlockComment = !line.Contains("*/", StringComparison.Ordinal);
                continue;
            }
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("#!", StringComparison.Ordinal) || line.StartsWith("#r ", StringComparison.Ordinal))
                continue;
            if (line.StartsWith("/*", StringComparison.Ordinal))
            {
                inBlockComment = !line.Contains("*/", StringComparison.Ordinal);
                continue;
            }
            var match = Load().Match(line);
            if (!match.Success)
                break;
            paths.Add(new LoadDirective(match.Groups[1].Value, number));
        }
        return paths;
    }

    [GeneratedRegex("^#load\\s+\"([^\"]+)\"")]
    private static partial Regex Load();
}
