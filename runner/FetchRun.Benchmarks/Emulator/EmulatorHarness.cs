using FetchRun.TestSupport.NlpEmulator;

namespace FetchRun.Benchmarks.Emulator;

/// <summary>
/// Serves the Translate/Comprehend emulator until Ctrl+C and prints the variables that point a job at it.
/// Usage: emulator [--latency-ms N] [--throttle-rate R] [--error-rate R] [--document-error-rate R] [--quota]
/// (<c>--quota</c>: the default account quota per operation, shared by every process pointed at it).
/// </summary>
internal sealed class EmulatorHarness : IHarness
{
    public string Name => "emulator";

    public string Description => "serve the Translate/Comprehend emulator on 127.0.0.1 until Ctrl+C; prints the variables to export: emulator [--latency-ms N] [--throttle-rate R] [--error-rate R] [--document-error-rate R] [--quota]";

    public async Task<int> RunAsync(string[] args)
    {
        var options = new NlpEmulatorOptions
        {
            Latency = TimeSpan.FromMilliseconds(HarnessArgs.Double(args, "--latency-ms", 0)),
            ThrottleRate = HarnessArgs.Double(args, "--throttle-rate", 0),
            ServerErrorRate = HarnessArgs.Double(args, "--error-rate", 0),
            DocumentErrorRate = HarnessArgs.Double(args, "--document-error-rate", 0),
        };
        if (args.Contains("--quota"))
            options.WithDefaultQuotas();
        await using var emulator = await NlpEmulator.StartAsync(options);
        Console.WriteLine($"export FETCHRUN_NLP=aws AWS_REGION=us-east-1 AWS_ENDPOINT_URL_TRANSLATE={emulator.Url} AWS_ENDPOINT_URL_COMPREHEND={emulator.Url}");
        Console.WriteLine($"export AWS_ACCESS_KEY_ID={options.AccessKeyId} AWS_SECRET_ACCESS_KEY={options.SecretAccessKey}");
        Console.WriteLine("serving; Ctrl+C to stop");
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        Console.WriteLine($"calls: {emulator.Counters.TotalCalls}, throttled: {emulator.Counters.Throttled}, characters translated: {emulator.Counters.CharactersTranslated}");
        return 0;
    }
}
