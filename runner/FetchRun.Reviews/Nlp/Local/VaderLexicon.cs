using System.Collections.Frozen;
using System.Globalization;

namespace FetchRun.Reviews.Nlp.Local;

/// <summary>The VADER lexicon (token → mean valence), read once from the embedded <c>vader_lexicon.txt</c>.</summary>
internal static class VaderLexicon
{
    internal const string ResourceName = "FetchRun.Reviews.Nlp.Local.vader_lexicon.txt";

    private static readonly Lazy<FrozenDictionary<string, double>> Entries = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Token (as in the file; lookups use the lower-cased token) → valence in [-4, 4].</summary>
    public static FrozenDictionary<string, double> Valences => Entries.Value;

    private static FrozenDictionary<string, double> Load()
    {
        using var stream = typeof(VaderLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the SDK assembly.");
        using var reader = new StreamReader(stream);
        var valences = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // token \t mean \t standard deviation \t the ten raters' scores; a later duplicate wins, as in the reference.
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0)
                continue;
            valences[fields[0]] = double.Parse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return valences.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
