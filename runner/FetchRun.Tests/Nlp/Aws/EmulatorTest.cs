using FetchRun.TestSupport.NlpEmulator;

namespace FetchRun.Tests.Nlp.Aws;

/// <summary>A fresh emulator per test, with default switches.</summary>
public abstract class EmulatorTest
{
    protected NlpEmulator Emulator { get; private set; } = null!;

    [SetUp]
    public async Task StartEmulator() => Emulator = await NlpEmulator.StartAsync();

    [TearDown]
    public async Task StopEmulator() => await Emulator.DisposeAsync();
}
