using System.Data.Common;

namespace FetchRun.Reviews.Sinks.Schema;

/// <summary>Reads the answers of the sinks' three look-ups, whichever database gave them.</summary>
internal static class SinkReads
{
    /// <summary>What a translation look-up selects, in the order <see cref="TranslationsAsync"/> reads.</summary>
    public const string TranslationColumns = "key_hash, source_language, target_language, translated_text, truncated";

    public static async Task<IReadOnlySet<string>> ReviewIdsAsync(DbDataReader reader, CancellationToken ct)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            found.Add(reader.GetString(0));
        return found;
    }

    public static async Task<IReadOnlyDictionary<AnswerKey, string>> AnswersAsync(DbDataReader reader, CancellationToken ct)
    {
        var found = new Dictionary<AnswerKey, string>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            found[new AnswerKey(reader.GetString(0))] = reader.GetString(1);
        return found;
    }

    public static async Task<IReadOnlyDictionary<TranslationCacheKey, CachedTranslation>> TranslationsAsync(DbDataReader reader, CancellationToken ct)
    {
        var found = new Dictionary<TranslationCacheKey, CachedTranslation>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var key = new TranslationCacheKey(reader.GetString(0));
            found[key] = new CachedTranslation(key, reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4));
        }
        return found;
    }
}
