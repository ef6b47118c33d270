using System.Collections.Frozen;

namespace FetchRun.Reviews.Nlp.Local;

/// <summary>
/// VADER (Hutto &amp; Gilbert, ICWSM-14) for English: lexicon valences adjusted for boosters, negation, "least",
/// "but", ALL-CAPS emphasis, idioms and "!"/"?" emphasis, then normalised with alpha = 15. Follows
/// vader-sentiment 1.1.3 step for step (including its quirks), so scores match the reference to 4 decimals.
/// </summary>
internal static class VaderAnalyzer
{
    public static VaderScores PolarityScores(string text)
    {
        var words = VaderTokenizer.Tokenize(text);
        var lowered = words.ConvertAll(w => w.ToLowerInvariant());
        var capsDifferential = HasCapsDifferential(words);
        var sentiments = new double[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var startsKindOf = i < words.Count - 1 && lowered[i] == "kind" && lowered[i + 1] == "of";
            if (startsKindOf || VaderRules.Boosters.ContainsKey(lowered[i]))
                continue;
            sentiments[i] = Valence(words, lowered, i, capsDifferential);
        }
        ApplyBut(words, sentiments);
        return Score(sentiments, text);
    }

    private static FrozenDictionary<string, double> Lexicon => VaderLexicon.Valences;

    // Emphasis by capitals counts only when some, not all, tokens are in capitals.
    private static bool HasCapsDifferential(List<string> words)
    {
        var notAllCaps = words.Count(w => !VaderTokenizer.IsAllCaps(w));
        return notAllCaps > 0 && notAllCaps < words.Count;
    }

    private static double Valence(List<string> words, List<string> lowered, int index, bool capsDifferential)
    {
        if (!Lexicon.TryGetValue(lowered[index], out var valence))
            return 0;
        if (capsDifferential && VaderTokenizer.IsAllCaps(words[index]))
            valence += valence > 0 ? VaderRules.CapsIncrement : -VaderRules.CapsIncrement;

        for (var distance = 0; distance < 3; distance++)
        {
            var before = index - (distance + 1);
            if (index <= distance || Lexicon.ContainsKey(lowered[before]))
                continue;
            var scalar = BoosterScalar(words[before], lowered[before], valence, capsDifferential);
            if (distance == 1)
                scalar *= 0.95;
            else if (distance == 2)
                scalar *= 0.9;
            valence += scalar;
            valence = ApplyNegation(valence, words, distance, index);
            if (distance == 2)
                valence = ApplyIdioms(valence, words, index);
        }
        return ApplyLeast(valence, lowered, index);
    }

    private static double BoosterScalar(string word, string lowered, double valence, bool capsDifferential)
    {
        if (!VaderRules.Boosters.TryGetValue(lowered, out var scalar))
            return 0;
        if (valence < 0)
            scalar = -scalar;
        if (capsDifferential && VaderTokenizer.IsAllCaps(word))
            scalar += valence > 0 ? VaderRules.CapsIncrement : -VaderRules.CapsIncrement;
        return scalar;
    }

    private static bool IsNegation(string word) => VaderRules.Negations.Contains(word) || word.Contains("n't", StringComparison.Ordinal);

    private static bool IsSoOrThis(string word) => word is "so" or "this";

    // "never so good" / "never this good" intensify instead of negating.
    private static double ApplyNegation(double valence, List<string> words, int distance, int index)
    {
        switch (distance)
        {
            case 0 when IsNegation(words[index - 1]):
                return valence * VaderRules.NegationScalar;
            case 1 when words[index - 2] == "never" && IsSoOrThis(words[index - 1]):
                return valence * 1.5;
            case 1 when IsNegation(words[index - 2]):
                return valence * VaderRules.NegationScalar;
            case 2 when (words[index - 3] == "never" && IsSoOrThis(words[index - 2])) || IsSoOrThis(words[index - 1]):
                return valence * 1.25;
            case 2 when IsNegation(words[index - 3]):
                return valence * VaderRules.NegationScalar;
            default:
                return valence;
        }
    }

    private static double ApplyIdioms(double valence, List<string> words, int index)
    {
        string[] before =
        [
            $"{words[index - 1]} {words[index]}",
            $"{words[index - 2]} {words[index - 1]} {words[index]}",
            $"{words[index - 2]} {words[index - 1]}",
            $"{words[index - 3]} {words[index - 2]} {words[index - 1]}",
            $"{words[index - 3]} {words[index - 2]}",
        ];
        foreach (var sequence in before)
        {
            if (VaderRules.Idioms.TryGetValue(sequence, out var idiom))
            {
                valence = idiom;
                break;
            }
        }
        if (words.Count - 1 > index && VaderRules.Idioms.TryGetValue($"{words[index]} {words[index + 1]}", out var next))
            valence = next;
        if (words.Count - 1 > index + 1 && VaderRules.Idioms.TryGetValue($"{words[index]} {words[index + 1]} {words[index + 2]}", out var nextTwo))
            valence = nextTwo;
        // two-word dampeners such as "sort of", "kind of"
        if (VaderRules.Boosters.ContainsKey(before[4]) || VaderRules.Boosters.ContainsKey(before[2]))
            valence += VaderRules.BoosterDecrement;
        return valence;
    }

    // "least good" negates; "at least good" and "very least good" do not.
    private static double ApplyLeast(double valence, List<string> lowered, int index)
    {
        if (Lexicon.ContainsKey("least") || index == 0 || lowered[index - 1] != "least")
            return valence;
        if (index > 1 && lowered[index - 2] is "at" or "very")
            return valence;
        return valence * VaderRules.NegationScalar;
    }

    // Sentiment before "but" counts half, after it one and a half times.
    private static void ApplyBut(List<string> words, double[] sentiments)
    {
        var at = words.IndexOf("but");
        if (at < 0)
            at = words.IndexOf("BUT");
        if (at < 0)
            return;
        for (var i = 0; i < sentiments.Length; i++)
        {
            if (i < at)
                sentiments[i] *= 0.5;
            else if (i > at)
                sentiments[i] *= 1.5;
        }
    }

    private static VaderScores Score(double[] sentiments, string text)
    {
        if (sentiments.Length == 0)
            return default;
        var sum = 0.0;
        foreach (var s in sentiments)
            sum += s;
        var emphasis = PunctuationEmphasis(text);
        if (sum > 0)
            sum += emphasis;
        else if (sum < 0)
            sum -= emphasis;
        var compound = Normalise(sum);

        double positive = 0, negative = 0, neutral = 0;
        foreach (var s in sentiments)
        {
            // ±1 compensates for neutral words counting 1 each.
            if (s > 0)
                positive += s + 1;
            else if (s < 0)
                negative += s - 1;
            else
                neutral += 1;
        }
        if (positive > Math.Abs(negative))
            positive += emphasis;
        else if (positive < Math.Abs(negative))
            negative -= emphasis;
        var total = positive + Math.Abs(negative) + neutral;
        return new VaderScores(Math.Abs(positive / total), Math.Abs(negative / total), Math.Abs(neutral / total), compound);
    }

    private static double PunctuationEmphasis(string text)
    {
        var exclamations = Math.Min(text.Count(c => c == '!'), VaderRules.MaxExclamations);
        var questions = text.Count(c => c == '?');
        var questionAmplifier = questions switch
        {
            <= 1 => 0,
            <= 3 => questions * VaderRules.QuestionIncrement,
            _ => VaderRules.MaxQuestionAmplifier,
        };
        return exclamations * VaderRules.ExclamationIncrement + questionAmplifier;
    }

    private static double Normalise(double score) =>
        Math.Clamp(score / Math.Sqrt(score * score + VaderRules.NormalisationAlpha), -1, 1);
}
