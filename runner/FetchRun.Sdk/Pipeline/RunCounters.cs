namespace FetchRun.Sdk.Pipeline;

/// <summary>What one run has done so far; turned into the run row and the summary.</summary>
internal sealed class RunCounters
{
    public long Read { get; set; }
    public long Written { get; set; }
    public long Skipped { get; set; }
    public long Quarantined { get; set; }
    public long TranslateCharacters { get; set; }
    public long TranslateCalls { get; set; }
    public long TranslationCacheHits { get; set; }
    public long LanguageUnits { get; set; }
    public long SentimentUnits { get; set; }
    public SortedDictionary<string, long> ByLanguage { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, long> BySentiment { get; } = new(StringComparer.Ordinal);

    public long ComprehendUnits => LanguageUnits + SentimentUnits;

    /// <summary>Bad lines over all lines read; 0 when nothing was read.</summary>
    public double BadRowRate => Read + Quarantined == 0 ? 0 : (double)Quarantined / (Read + Quarantined);

    public void Count(Sinks.ReviewResult row)
    {
        Written++;
        ByLanguage[row.Language] = ByLanguage.GetValueOrDefault(row.Language) + 1;
        var sentiment = row.Sentiment ?? "none";
        BySentiment[sentiment] = BySentiment.GetValueOrDefault(sentiment) + 1;
    }
}
