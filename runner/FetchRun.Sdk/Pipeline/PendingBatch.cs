using FetchRun.Sdk.Reviews;
using FetchRun.Sdk.Reviews.Reading;

namespace FetchRun.Sdk.Pipeline;

/// <summary>The reviews and bad lines read since the last flush.</summary>
internal sealed class PendingBatch(int size)
{
    /// <summary>Bad lines kept before a flush is forced, so a shard of garbage does not grow memory.</summary>
    public const int MaxQuarantined = 1_000;

    private readonly Dictionary<string, Review> _byId = new(StringComparer.Ordinal);

    public List<Review> Reviews { get; } = new(size);

    public List<QuarantinedLine> Quarantined { get; } = [];

    public bool IsEmpty => Reviews.Count == 0 && Quarantined.Count == 0;

    public bool IsFull => Reviews.Count >= size || Quarantined.Count >= MaxQuarantined;

    public void Add(ShardItem item, RunCounters counters)
    {
        if (item.Quarantined is { } bad)
            Quarantine(bad, counters);
        else if (item.Review is { } review && _byId.TryGetValue(review.ReviewId, out var first))
            Quarantine(new QuarantinedLine(review.Source, review.Line,
                $"review_id: duplicate of {first.Source} line {first.Line}", review.ReviewId, review.ReviewId), counters);
        else if (item.Review is { } good)
        {
            _byId.Add(good.ReviewId, good);
            Reviews.Add(good);
            counters.Read++;
        }
    }

    public void Clear()
    {
        Reviews.Clear();
        Quarantined.Clear();
        _byId.Clear();
    }

    private void Quarantine(QuarantinedLine line, RunCounters counters)
    {
        Quarantined.Add(line);
        counters.Quarantined++;
    }
}
