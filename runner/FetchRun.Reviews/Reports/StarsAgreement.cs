using FetchRun.Reviews.Sinks.Reporting;

namespace FetchRun.Reviews.Reports;

/// <summary>
/// The stars × sentiment table and how often the two agree: 1–2 stars scored NEGATIVE and 4–5 stars scored
/// POSITIVE agree; the share is over rows with 1, 2, 4 or 5 stars and a sentiment (3 stars and unscored rows are
/// left out, because neither side of the comparison is defined for them).
/// </summary>
internal sealed class StarsAgreement
{
    private readonly long[,] _counts = new long[5, Sentiments.Scored.Count];

    public StarsAgreement(IEnumerable<GroupCount> byStars)
    {
        foreach (var group in byStars)
        {
            var column = group.Sentiment is null ? -1 : IndexOf(group.Sentiment);
            if (int.TryParse(group.Group, out var stars) && stars is >= 1 and <= 5 && column >= 0)
                _counts[stars - 1, column] += group.Count;
            else
                NotCounted += group.Count;
        }
    }

    /// <summary>Rows without a sentiment (or, which the schema rules out, with stars outside 1–5).</summary>
    public long NotCounted { get; }

    /// <summary>Rows for <paramref name="stars"/> (1–5) and the sentiment at <paramref name="column"/> of <see cref="Sentiments.Scored"/>.</summary>
    public long Count(int stars, int column) => _counts[stars - 1, column];

    public long Agreeing => Sum([1, 2], "NEGATIVE") + Sum([4, 5], "POSITIVE");

    public long Compared => Enumerable.Range(0, Sentiments.Scored.Count).Sum(c => Count(1, c) + Count(2, c) + Count(4, c) + Count(5, c));

    /// <summary>Agreeing over compared; null when nothing could be compared.</summary>
    public double? Share => Compared == 0 ? null : (double)Agreeing / Compared;

    private long Sum(int[] stars, string sentiment) => stars.Sum(s => Count(s, IndexOf(sentiment)));

    private static int IndexOf(string sentiment)
    {
        for (var i = 0; i < Sentiments.Scored.Count; i++)
            if (Sentiments.Scored[i] == sentiment)
                return i;
        return -1;
    }
}
