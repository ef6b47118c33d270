namespace FetchRun.Reviews.Reading;

/// <summary>
/// The review ids already read from a shard, as 64-bit FNV-1a hashes with the line of the first one, so the
/// memory per row is fixed whatever the id length. Two different ids colliding is a chance of about n²/2⁶⁵
/// (3 in 100 million for a million rows); the loser would be quarantined as a duplicate, not lost silently.
/// </summary>
internal sealed class DuplicateIds
{
    private readonly Dictionary<ulong, long> _firstLines = [];

    /// <summary>Records the id, or returns false with the line of its first occurrence.</summary>
    public bool TryAdd(string reviewId, long line, out long firstLine)
    {
        var hash = Hash(reviewId);
        if (_firstLines.TryAdd(hash, line))
        {
            firstLine = 0;
            return true;
        }
        firstLine = _firstLines[hash];
        return false;
    }

    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * 1099511628211UL;
            hash = (hash ^ (byte)(c >> 8)) * 1099511628211UL;
        }
        return hash;
    }
}
