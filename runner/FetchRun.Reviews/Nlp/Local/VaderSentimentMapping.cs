namespace FetchRun.Reviews.Nlp.Local;

/// <summary>
/// Maps VADER's scores to Comprehend's label and four scores. The label follows VADER's customary thresholds on
/// the compound score, with MIXED for balanced, substantial positive and negative text; the label's score is
/// always the largest, and the four scores sum to 1. See docs/local-providers.md.
/// </summary>
internal static class VaderSentimentMapping
{
    /// <summary>Compound at or above this is POSITIVE (at or below its negative, NEGATIVE).</summary>
    public const double PolarityThreshold = 0.05;

    /// <summary>MIXED needs both the positive and the negative share of the text at least this large…</summary>
    public const double MixedMinimumShare = 0.1;

    /// <summary>…the smaller at least this fraction of the larger…</summary>
    public const double MixedMinimumBalance = 0.5;

    /// <summary>…and a compound score that is not decisive (its magnitude below this).</summary>
    public const double MixedMaximumCompound = 0.5;

    public static SentimentScore ToSentimentScore(VaderScores vader)
    {
        var (label, strength) = Classify(vader);
        var labelScore = 0.5 + strength / 2;
        var mixedWeight = 2 * Math.Min(vader.Positive, vader.Negative);
        Span<double> weights = [vader.Positive, vader.Negative, vader.Neutral, mixedWeight];
        Span<double> scores = stackalloc double[4];
        weights[(int)label] = 0;
        var otherWeight = weights[0] + weights[1] + weights[2] + weights[3];
        for (var i = 0; i < 4; i++)
        {
            scores[i] = i == (int)label ? labelScore
                : otherWeight > 0 ? (1 - labelScore) * weights[i] / otherWeight
                : (1 - labelScore) / 3;
        }
        return new SentimentScore(label, scores[(int)SentimentLabel.Positive], scores[(int)SentimentLabel.Negative],
            scores[(int)SentimentLabel.Neutral], scores[(int)SentimentLabel.Mixed]);
    }

    // strength ∈ [0, 1]: how clearly the text carries its label.
    private static (SentimentLabel Label, double Strength) Classify(VaderScores vader)
    {
        var smaller = Math.Min(vader.Positive, vader.Negative);
        var larger = Math.Max(vader.Positive, vader.Negative);
        var compound = Math.Abs(vader.Compound);
        if (smaller >= MixedMinimumShare && smaller >= MixedMinimumBalance * larger && compound < MixedMaximumCompound)
            return (SentimentLabel.Mixed, smaller / larger);
        if (vader.Compound >= PolarityThreshold)
            return (SentimentLabel.Positive, compound);
        if (vader.Compound <= -PolarityThreshold)
            return (SentimentLabel.Negative, compound);
        return (SentimentLabel.Neutral, 1 - compound);
    }
}
