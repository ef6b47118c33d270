using System.Diagnostics;
using FetchRun.Reviews.Nlp.Local;

namespace FetchRun.Benchmarks.Nlp;

/// <summary>
/// Managed heap and working set taken by the local detector's Lingua models, and the time to load them, for one
/// mode per process: <c>dotnet run -c Release --project runner/FetchRun.Benchmarks -- lingua-memory fast|accurate</c>.
/// </summary>
internal sealed class LinguaMemoryHarness : IHarness
{
    public string Name => "lingua-memory";

    public string Description => "Memory and load time of the local detector's Lingua models (arg: fast|accurate)";

    public async Task<int> RunAsync(string[] args)
    {
        if (args is not [var modeName] || !Enum.TryParse<LocalDetectionMode>(modeName, ignoreCase: true, out var mode))
        {
            await Console.Error.WriteLineAsync("usage: lingua-memory fast|accurate");
            return 64;
        }
        var process = Process.GetCurrentProcess();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        var clock = Stopwatch.StartNew();
        await new LocalLanguageDetector(mode).DetectAsync(["Great product, fast shipping."], CancellationToken.None);
        clock.Stop();
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        Console.WriteLine($"{mode}: first detection (model load) {clock.Elapsed.TotalSeconds:F2} s, " +
            $"managed heap +{(heapAfter - heapBefore) / 1048576.0:F0} MiB, working set +{(process.WorkingSet64 - workingSetBefore) / 1048576.0:F0} MiB");
        return 0;
    }
}
