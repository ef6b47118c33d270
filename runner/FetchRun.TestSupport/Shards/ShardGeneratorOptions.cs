namespace FetchRun.TestSupport.Shards;

/// <summary>What <see cref="ShardGenerator"/> writes. The same options and seed always give the same bytes.</summary>
public sealed record ShardGeneratorOptions
{
    public int Rows { get; init; } = 1000;

    public int Seed { get; init; } = 1;

    public GeneratedShardFormat Format { get; init; } = GeneratedShardFormat.JsonLines;

    public bool Gzip { get; init; }

    /// <summary>Share of lines that are broken (a rotating set of kinds; see <see cref="ShardGenerator"/>).</summary>
    public double BadLineRate { get; init; }

    /// <summary>Share of good rows whose body repeats an earlier row's body exactly (for translation dedupe).</summary>
    public double DuplicateTextRate { get; init; } = 0.1;

    /// <summary>Share of good rows that carry their language; the others leave it out (JSON) or empty (CSV).</summary>
    public double LanguageGivenRate { get; init; } = 0.7;

    /// <summary>Languages to draw from, among de, en, es, fr, ja, zh. Null for all six.</summary>
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>Review ids are <c>{IdPrefix}{n:D7}</c>.</summary>
    public string IdPrefix { get; init; } = "syn-";
}
