using System.Text.RegularExpressions;

namespace FetchRun.Runner.Fetching;

/// <summary>
/// Finds the <c>#load "path"</c> and <c>#r "reference"</c> directives of a script without the compiler (a cache
/// hit must not load Roslyn). C# allows them only before the first token, so the scan stops at the first line
/// of code; the compiler still reports a misplaced or unresolvable one.
/// </summary>
internal static partial class ScriptDirectives
{
    public static IReadOnlyList<LoadDirective> Find(string text) =>
        Scan(text).Where(d => d.Keyword == "load").Select(d => new LoadDirective(d.Value, d.Line)).ToList();

    public static IReadOnlyList<ReferenceDirective> FindReferences(string text) =>
        Scan(text).Where(d => d.Keyword == "r").Select(d => new ReferenceDirective(d.Value, d.Line, d.Column)).ToList();

    private static List<(string Keyword, string Value, int Line, int Column)> Scan(string text)
    {
        var found = new List<(string, string, int, int)>();
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
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("#!", StringComparison.Ordinal))
                continue;
            if (line.StartsWith("/*", StringComparison.Ordinal))
            {
                inBlockComment = !line.Contains("*/", StringComparison.Ordinal);
                continue;
            }
            var match = Directive().Match(line);
            if (!match.Success)
                break;
            var column = rawLine.Length - rawLine.TrimStart().Length + 1;
            found.Add((match.Groups[1].Value, match.Groups[2].Value, number, column));
        }
        return found;
    }

    [GeneratedRegex("^#(load|r)\\s+\"([^\"]+)\"")]
    private static partial Regex Directive();
}
