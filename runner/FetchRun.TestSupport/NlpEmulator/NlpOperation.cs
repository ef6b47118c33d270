namespace FetchRun.TestSupport.NlpEmulator;

/// <summary>The operations the emulator serves, with their X-Amz-Target values.</summary>
public static class NlpOperation
{
    /// <summary>Translate's JSON 1.1 target prefix.</summary>
    public const string TranslatePrefix = "AWSShineFrontendService_20170701";

    /// <summary>Comprehend's JSON 1.1 target prefix.</summary>
    public const string ComprehendPrefix = "Comprehend_20171127";

    /// <summary>TranslateText.</summary>
    public const string TranslateText = "TranslateText";

    /// <summary>BatchDetectDominantLanguage.</summary>
    public const string BatchDetectDominantLanguage = "BatchDetectDominantLanguage";

    /// <summary>BatchDetectSentiment.</summary>
    public const string BatchDetectSentiment = "BatchDetectSentiment";

    /// <summary>The signing name of the service that owns <paramref name="operation"/>.</summary>
    public static string ServiceOf(string operation) => operation == TranslateText ? "translate" : "comprehend";
}
