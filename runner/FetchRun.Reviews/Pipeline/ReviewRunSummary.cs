using System.Globalization;
using System.Text;

namespace FetchRun.Reviews.Pipeline;

/// <summary>What a pipeline run did, with the exit code the job should return.</summary>
public sealed record ReviewRunSummary
{
    /// <summary>0 when done; 65 when the bad-line share exceeded the limit (good rows stored); 143 when stopped early.</summary>
    public required int ExitCode { get; init; }
    /// <summary>The run's id (also the key of its row in the <c>runs</c> table).</summary>
    public required string RunId { get; init; }
    /// <summary>Where the rows went, without secrets.</summary>
    public required string Sink { get; init; }
    /// <summary>Good lines read.</summary>
    public long Read { get; init; }
    /// <summary>Rows written by this run.</summary>
    public long Written { get; init; }
    /// <summary>Reviews already stored by an earlier attempt, not paid for again.</summary>
    public long Skipped { get; init; }
    /// <summary>Bad lines quarantined.</summary>
    public long Quarantined { get; init; }
    /// <summary>Reviews not stored because a service failed them transiently (the next attempt redoes them).</summary>
    public long NotStoredTransient { get; init; }
    /// <summary>Bad lines over all lines.</summary>
    public double BadRowRate { get; init; }
    /// <summary>Characters sent to Translate.</summary>
    public long TranslateCharacters { get; init; }
    /// <summary>Translate calls made.</summary>
    public long TranslateCalls { get; init; }
    /// <summary>Translations served from the cache or from an identical text.</summary>
    public long TranslationCacheHits { get; init; }
    /// <summary>Comprehend units billed for language detection.</summary>
    public long LanguageUnits { get; init; }
    /// <summary>Comprehend units billed for sentiment.</summary>
    public long SentimentUnits { get; init; }
    /// <summary>Comprehend units billed (language detection and sentiment).</summary>
    public long ComprehendUnits { get; init; }
    /// <summary>Estimated cost at the list prices, USD.</summary>
    public decimal EstimatedCostUsd { get; init; }
    /// <summary>Rows written per language.</summary>
    public IReadOnlyDictionary<string, long> ByLanguage { get; init; } = new Dictionary<string, long>();
    /// <summary>Rows written per sentiment label (<c>none</c> when not scored).</summary>
    public IReadOnlyDictionary<string, long> BySentiment { get; init; } = new Dictionary<string, long>();

    /// <summary>A short human-readable report.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"rows written   {Written} (read {Read}, already stored {Skipped})");
        if (NotStoredTransient > 0)
            text.AppendLine(c, $"not stored     {NotStoredTransient} (the service failed them transiently; the next attempt redoes them)");
        text.AppendLine(c, $"by language    {Join(ByLanguage)}");
        text.AppendLine(c, $"by sentiment   {Join(BySentiment)}");
        text.AppendLine(c, $"quarantined    {Quarantined} ({BadRowRate * 100:0.0}% of lines)");
        text.AppendLine(c, $"translate      {TranslateCalls} calls, {TranslateCharacters} characters, {TranslationCacheHits} from cache");
        text.AppendLine(c, $"comprehend     {ComprehendUnits} units; estimated cost {EstimatedCostUsd:0.0000} USD");
        text.Append(c, $"output         {Sink}");
        return text.ToString();
    }

    private static string Join(IReadOnlyDictionary<string, long> counts) =>
        counts.Count == 0 ? "-" : string.Join("  ", counts.Select(kv => $"{kv.Key} {kv.Value}"));
}
