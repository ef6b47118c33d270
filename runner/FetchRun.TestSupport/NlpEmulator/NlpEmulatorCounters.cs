using System.Collections.Concurrent;

namespace FetchRun.TestSupport.NlpEmulator;

/// <summary>What the emulator has seen. Thread-safe; <see cref="Reset"/> clears everything.</summary>
public sealed class NlpEmulatorCounters
{
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private readonly ConcurrentDictionary<string, RateWindow> _rates = new();
    private readonly ConcurrentDictionary<string, RateWindow> _quotas = new();
    private readonly ConcurrentDictionary<string, int> _throttledByOperation = new();
    private readonly ConcurrentDictionary<string, int> _translatedTexts = new();
    private long _charactersTranslated;
    private int _throttled;
    private int _documentErrors;
    private int _failed;
    private int _rejected;

    /// <summary>Correctly signed calls per operation (throttled and failed ones included).</summary>
    public int Calls(string operation) => _calls.GetValueOrDefault(operation);

    /// <summary>Correctly signed calls of every operation.</summary>
    public int TotalCalls => _calls.Values.Sum();

    /// <summary>Characters (Unicode scalar values) in texts successfully translated.</summary>
    public long CharactersTranslated => Interlocked.Read(ref _charactersTranslated);

    /// <summary>Calls answered with a throttling error.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>Calls of <paramref name="operation"/> answered with a throttling error (the account quota's and injected ones).</summary>
    public int ThrottledCalls(string operation) => _throttledByOperation.GetValueOrDefault(operation);

    /// <summary>Calls of <paramref name="operation"/> the account quota admitted within any one second, at most (0 without a quota).</summary>
    public int MaxAdmittedPerSecond(string operation) => _quotas.TryGetValue(operation, out var w) ? w.Max : 0;

    /// <summary>Documents answered with <c>INTERNAL_SERVER_ERROR</c> in an ErrorList.</summary>
    public int DocumentErrors => Volatile.Read(ref _documentErrors);

    /// <summary>Calls answered with HTTP 500.</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Calls refused with a 4xx other than throttling (signature, limits, validation).</summary>
    public int Rejected => Volatile.Read(ref _rejected);

    /// <summary>The most calls of <paramref name="operation"/> that arrived within any one second (sliding window).</summary>
    public int MaxCallsPerSecond(string operation) => _rates.TryGetValue(operation, out var w) ? w.Max : 0;

    /// <summary>How many times <paramref name="text"/> was successfully translated.</summary>
    public int Translations(string text) => _translatedTexts.GetValueOrDefault(text);

    /// <summary>Distinct texts successfully translated.</summary>
    public int DistinctTextsTranslated => _translatedTexts.Count;

    /// <summary>Clears every counter.</summary>
    public void Reset()
    {
        _calls.Clear();
        _translatedTexts.Clear();
        _throttledByOperation.Clear();
        foreach (var w in _rates.Values.Concat(_quotas.Values))
            w.Reset();
        Interlocked.Exchange(ref _charactersTranslated, 0);
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _documentErrors, 0);
        Interlocked.Exchange(ref _failed, 0);
        Interlocked.Exchange(ref _rejected, 0);
    }

    internal int RecordCall(string operation)
    {
        _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);
        return _rates.GetOrAdd(operation, _ => new RateWindow()).Record();
    }

    internal void RecordTranslation(string text)
    {
        _translatedTexts.AddOrUpdate(text, 1, (_, n) => n + 1);
        Interlocked.Add(ref _charactersTranslated, text.EnumerateRunes().Count());
    }

    /// <summary>Admits a call of <paramref name="operation"/> under the account quota <paramref name="quotaTps"/>; false when it must be throttled.</summary>
    internal bool TryAdmit(string operation, double quotaTps) => _quotas.GetOrAdd(operation, _ => new RateWindow()).TryAdmit(quotaTps);

    internal void RecordThrottled(string operation)
    {
        Interlocked.Increment(ref _throttled);
        _throttledByOperation.AddOrUpdate(operation, 1, (_, n) => n + 1);
    }

    internal void RecordDocumentError() => Interlocked.Increment(ref _documentErrors);

    internal void RecordFailed() => Interlocked.Increment(ref _failed);

    internal void RecordRejected() => Interlocked.Increment(ref _rejected);
}
