using System.Collections.Concurrent;

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

    /// <summary>Share of documents in Comprehend batch calls answered in the ErrorList with <c>INTERNAL_SERVER_ERROR</c>; default 0.</summary>
    public double DocumentErrorRate { get; set; }

    /// <summary>
    /// The account quota: calls per second per operation (keyed by <see cref="NlpOperation"/> names) shared by every
    /// client together, over a sliding one-second window of accepted calls; a call above it is throttled. An operation
    /// without an entry is unlimited (the default). Safe to change while the emulator runs.
    /// </summary>
    public ConcurrentDictionary<string, double> OperationQuotaTps { get; } = new(StringComparer.Ordinal);

    /// <summary>Sets the account quota of every operation to the clients' default TPS (AwsNlpDefaults: TranslateText 20, the Comprehend batch calls 10 each).</summary>
    public NlpEmulatorOptions WithDefaultQuotas()
    {
        foreach (var (operation, tps) in DefaultQuotas)
            OperationQuotaTps[operation] = tps;
        return this;
    }

    /// <summary>The default quota per operation, equal to the clients' default TPS (a test keeps the two in step).</summary>
    public static IReadOnlyDictionary<string, double> DefaultQuotas { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [NlpOperation.TranslateText] = 20,
        [NlpOperation.BatchDetectDominantLanguage] = 10,
        [NlpOperation.BatchDetectSentiment] = 10,
    };

    /// <summary>Seed of the fault generator; default 12345.</summary>
    public int Seed { get; set; } = 12345;
}
