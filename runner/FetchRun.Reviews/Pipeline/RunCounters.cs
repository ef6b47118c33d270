namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// What one run has done so far; turned into the run row and the summary. The stages run concurrently, so
/// every counter is a field changed with <see cref="Interlocked"/>; the totals are read after the stages end.
/// </summary>
internal sealed class RunCounters
{
    public long Read;
    public long Written;
    public long Skipped;
    public long Quarantined;
    public long Transient;
    public long TranslateCharacters;
    public long TranslateCalls;
    public long TranslationCacheHits;
    public long LanguageUnits;
    public long SentimentUnits;

    /// <summary>Rows written per language; changed by the writer only.</summary>
    public SortedDictionary<string, long> ByLanguage { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows written per sentiment label; changed by the writer only.</summary>
    public SortedDictionary<string, long> BySentiment { get; } = new(StringComparer.Ordinal);

    public long ComprehendUnits => Interlocked.Read(ref LanguageUnits) + Interlocked.Read(ref SentimentUnits);

    /// <summary>Bad lines over all lines read; 0 when nothing was read.</summary>
    public double BadRowRate
    {
        get
        {
            var (read, bad) = (Interlocked.Read(ref Read), Interlocked.Read(ref Quarantined));
            return read + bad == 0 ? 0 : (double)bad / (read + bad);
        }
    }

    /// <summary>Reviews not stored because a service failed them, over the reviews this run tried to store; 0 when none.</summary>
    public double TransientRate
    {
        get
        {
            var (written, transient) = (Interlocked.Read(ref Written), Interlocked.Read(ref Transient));
            return written + transient == 0 ? 0 : (double)transient / (written + transient);
        }
    }

    public static void Add(ref long counter, long amount) => Interlocked.Add(ref counter, amount);

    public void Count(Sinks.ReviewResult row)
    {
        Interlocked.Increment(ref Written);
        ByLanguage[row.Language] = ByLanguage.GetValueOrDefault(row.Language) + 1;
        var sentiment = row.Sentiment ?? "none";
        BySentiment[sentiment] = BySentiment.GetValueOrDefault(sentiment) + 1;
    }
}
