using System.Collections.Frozen;

namespace FetchRun.Reviews.Nlp.Local;

/// <summary>
/// The word lists and empirically derived constants of VADER, as in vaderSentiment.py and its JavaScript
/// port vader-sentiment 1.1.3 (Hutto &amp; Gilbert, ICWSM-14), which the reference tests are checked against.
/// </summary>
internal static class VaderRules
{
    public const double BoosterIncrement = 0.293;
    public const double BoosterDecrement = -0.293;
    public const double CapsIncrement = 0.733;
    public const double NegationScalar = -0.74;
    public const double ExclamationIncrement = 0.292;
    public const int MaxExclamations = 4;
    public const double QuestionIncrement = 0.18;
    public const double MaxQuestionAmplifier = 0.96;
    public const double NormalisationAlpha = 15;

    /// <summary>Punctuation that may lead or trail a word and is stripped from it (emoticons are kept whole).</summary>
    public static readonly string[] EdgePunctuation =
        [".", "!", "?", ",", ";", ":", "-", "'", "\"", "!!", "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?"];

    /// <summary>Matched case-sensitively, as the reference does.</summary>
    public static readonly FrozenSet<string> Negations = new[]
    {
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Degree adverbs: intensifiers add <see cref="BoosterIncrement"/>, dampeners <see cref="BoosterDecrement"/>.</summary>
    public static readonly FrozenDictionary<string, double> Boosters = BuildBoosters();

    /// <summary>Idioms whose valence replaces that of the sentiment word inside them.</summary>
    public static readonly FrozenDictionary<string, double> Idioms = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["the shit"] = 3, ["the bomb"] = 3, ["bad ass"] = 1.5, ["yeah right"] = -2,
        ["cut the mustard"] = 2, ["kiss of death"] = -1.5, ["hand to mouth"] = -2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenDictionary<string, double> BuildBoosters()
    {
        string[] increments =
        [
            "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "effing",
            "enormously", "entirely", "especially", "exceptionally", "extremely", "fabulously", "flipping", "flippin",
            "fricking", "frickin", "frigging", "friggin", "fully", "fucking", "greatly", "hella", "highly", "hugely",
            "incredibly", "intensely", "majorly", "more", "most", "particularly", "purely", "quite", "really",
            "remarkably", "so", "substantially", "thoroughly", "totally", "tremendously", "uber", "unbelievably",
            "unusually", "utterly", "very",
        ];
        string[] decrements =
        [
            "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
            "marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat", "sort of", "sorta", "sortof",
            "sort-of",
        ];
        return increments.Select(w => KeyValuePair.Create(w, BoosterIncrement))
            .Concat(decrements.Select(w => KeyValuePair.Create(w, BoosterDecrement)))
            .ToFrozenDictionary(StringComparer.Ordinal);
    }
}
