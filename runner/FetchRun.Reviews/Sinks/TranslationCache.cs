using System.Security.Cryptography;
using System.Text;

namespace FetchRun.Reviews.Sinks;

/// <summary>Key of the translation cache: SHA-256 (hex) over source language, target language and text.</summary>
public readonly record struct TranslationCacheKey(string Hash)
{
    /// <summary>The key for translating <paramref name="text"/> from <paramref name="source"/> to <paramref name="target"/>.</summary>
    public static TranslationCacheKey For(string text, string source, string target)
    {
        var bytes = Encoding.UTF8.GetBytes($"{source}\n{target}\n{text}");
        return new TranslationCacheKey(Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}

/// <summary>A translation to keep in the cache table.</summary>
/// <param name="Key">Its key.</param>
/// <param name="SourceLanguage">From.</param>
/// <param name="TargetLanguage">To.</param>
/// <param name="TranslatedText">The translation.</param>
/// <param name="Truncated">True when the source text was cut to fit the service limit.</param>
public sealed record CachedTranslation(TranslationCacheKey Key, string SourceLanguage, string TargetLanguage, string TranslatedText, bool Truncated);
