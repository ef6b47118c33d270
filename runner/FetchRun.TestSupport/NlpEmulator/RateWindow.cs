using System.Diagnostics;

namespace FetchRun.TestSupport.NlpEmulator;

/// <summary>Arrivals of one operation in the last second, and the most ever seen in one second.</summary>
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
            while (_arrivals.Count > 0 && now - _arrivals.Peek() >= Second)
                _arrivals.Dequeue();
            _arrivals.Enqueue(now);
            Max = Math.Max(Max, _arrivals.Count);
            return _arrivals.Count;
        }
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
