using System.Collections.Frozen;
using Lingua;

namespace FetchRun.Reviews.Nlp.Local;

/// <summary>The languages the local detector chooses among, and their codes as Comprehend spells them.</summary>
internal static class LinguaLanguages
{
    // The corpus languages (de en es fr ja zh) and the rest of Comprehend's sentiment languages; restricting
    // the set makes Lingua faster and more accurate than choosing among all 79 of its languages.
    public static readonly FrozenDictionary<Language, string> ComprehendCodes = new Dictionary<Language, string>
    {
        [Language.Arabic] = "ar",
        [Language.Chinese] = "zh",
        [Language.English] = "en",
        [Language.French] = "fr",
        [Language.German] = "de",
        [Language.Hindi] = "hi",
        [Language.Italian] = "it",
        [Language.Japanese] = "ja",
        [Language.Korean] = "ko",
        [Language.Portuguese] = "pt",
        [Language.Spanish] = "es",
    }.ToFrozenDictionary();

    public static Language[] All => [.. ComprehendCodes.Keys];
}
