using System.Diagnostics;

namespace FetchRun.TestSupport.NlpEmulator;

/// <summary>Arrivals of one operation in the last second (all of them, or only those a quota admitted), and the most ever seen in one second.</summary>
internal sealed class RateWindow
{
    private static readonly long Second = Stopwatch.Frequency;
    private readonly Queue<long> _arrivals = new();
    private readonly Lock _gate = new();

    public int Max { get; private set; }

    /// <summary>Records an arrival and returns how many fell in the last second, this one included.</summary>
    public int Record()
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            Prune(now);
            _arrivals.Enqueue(now);
            Max = Math.Max(Max, _arrivals.Count);
            return _arrivals.Count;
        }
    }

    /// <summary>Records an arrival only when fewer than <paramref name="limit"/> fell in the last second; false (nothing recorded) otherwise.</summary>
    public bool TryAdmit(double limit)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            Prune(now);
            if (_arrivals.Count + 1 > limit)
                return false;
            _arrivals.Enqueue(now);
            Max = Math.Max(Max, _arrivals.Count);
            return true;
        }
    }

    private void Prune(long now)
    {
        while (_arrivals.Count > 0 && now - _arrivals.Peek() >= Second)
            _arrivals.Dequeue();
    }

    public void Reset()
    {
        lock (_gate)
        {
            _arrivals.Clear();
            Max = 0;
        }
    }
}
