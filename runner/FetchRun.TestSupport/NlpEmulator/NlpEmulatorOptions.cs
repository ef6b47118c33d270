namespace FetchRun.TestSupport.NlpEmulator;

/// <summary>
/// Switches of the Translate/Comprehend emulator. Mutable while it runs: a test may turn on throttling
/// half way through. Fault rates are probabilities in [0, 1], drawn from a seeded generator.
/// </summary>
public sealed class NlpEmulatorOptions
{
    /// <summary>The access key id the emulator accepts; default <c>AKIDNLPEMULATOR</c>.</summary>
    public string AccessKeyId { get; set; } = "AKIDNLPEMULATOR";

    /// <summary>The secret it checks signatures with; default <c>nlp-emulator-secret</c>.</summary>
    public string SecretAccessKey { get; set; } = "nlp-emulator-secret";

    /// <summary>Added to every accepted call before it is answered; default none.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Share of calls refused as throttled (HTTP 400 ThrottlingException / TooManyRequestsException); default 0.</summary>
    public double ThrottleRate { get; set; }

    /// <summary>Share of calls failed with HTTP 500 InternalServerException; default 0.</summary>
    public double ServerErrorRate { get; set; }

    /// <summary>When true every signed call fails with HTTP 500; default false.</summary>
    public bool FailAll { get; set; }

    /// <summary>Calls per second per operation above which the emulator throttles, as a real quota does; default none (unlimited).</summary>
    public double? QuotaTps { get; set; }

    /// <summary>Seed of the fault generator; default 12345.</summary>
    public int Seed { get; set; } = 12345;
}
