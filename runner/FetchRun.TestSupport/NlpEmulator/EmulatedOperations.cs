using System.Text;
using System.Text.Json.Nodes;

namespace FetchRun.TestSupport.NlpEmulator;

/// <summary>
/// The three operations' behaviour: the service limits with the real exception names, then deterministic
/// answers. Translation is <c>"[target] " + text</c>, so a test can tell what was translated and how often.
/// </summary>
internal static class EmulatedOperations
{
    public const int BatchLimit = 25;
    public const int ComprehendMaxBytes = 5000;
    public const int TranslateMaxBytes = 10_000;

    private static readonly HashSet<string> SentimentLanguages = new(StringComparer.Ordinal)
    {
        "de", "en", "es", "it", "pt", "fr", "ja", "ko", "hi", "ar", "zh", "zh-TW",
    };

    private static readonly HashSet<string> TranslateLanguages = new(StringComparer.Ordinal)
    {
        "af", "ar", "bg", "bn", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "he", "hi", "hr", "hu", "id",
        "it", "ja", "ko", "lt", "lv", "ms", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sv", "th", "tr", "uk", "ur",
        "vi", "zh", "zh-TW",
    };

    /// <summary>A marker that makes the emulator put a document in ErrorList with this code: <c>#emulator-error:CODE</c>.</summary>
    public const string ErrorMarker = "#emulator-error:";

    public static (JsonObject? Answer, EmulatorError? Error) TranslateText(JsonObject request, NlpEmulatorCounters counters)
    {
        if (request["Text"]?.GetValue<string>() is not { Length: > 0 } text)
            return Invalid("Text is required and must not be empty");
        var source = request["SourceLanguageCode"]?.GetValue<string>();
        var target = request["TargetLanguageCode"]?.GetValue<string>();
        if (source is null || target is null)
            return Invalid("SourceLanguageCode and TargetLanguageCode are required");
        if (Encoding.UTF8.GetByteCount(text) > TranslateMaxBytes)
            return (null, EmulatorError.BadRequest("TextSizeLimitExceededException", $"Input text size exceeds limit. Max length of request text allowed is {TranslateMaxBytes} bytes."));
        if (source == "auto")
        {
            if (DeterministicLanguage.Detect(text) is not { } detected)
                return (null, EmulatorError.BadRequest("DetectedLanguageLowConfidenceException", "Could not detect the language of the text with confidence."));
            source = detected.Code;
        }
        if (!TranslateLanguages.Contains(source) || !TranslateLanguages.Contains(target))
            return (null, EmulatorError.BadRequest("UnsupportedLanguagePairException", $"Unsupported language pair: {source} to {target}."));
        counters.RecordTranslation(text);
        var translated = source == target ? text : $"[{target}] {text}";
        return (new JsonObject { ["TranslatedText"] = translated, ["SourceLanguageCode"] = source, ["TargetLanguageCode"] = target }, null);
    }

    public static (JsonObject? Answer, EmulatorError? Error) DetectDominantLanguage(JsonObject request, Func<bool> documentFault) =>
        Batch(request, documentFault, (text, index, results, errors) =>
        {
            if (DeterministicLanguage.Detect(text) is { } guess)
            {
                results.Add(new JsonObject
                {
                    ["Index"] = index,
                    ["Languages"] = new JsonArray(new JsonObject { ["LanguageCode"] = guess.Code, ["Score"] = guess.Score }),
                });
            }
            else
            {
                results.Add(new JsonObject { ["Index"] = index, ["Languages"] = new JsonArray() });
            }
        });

    public static (JsonObject? Answer, EmulatorError? Error) DetectSentiment(JsonObject request, Func<bool> documentFault)
    {
        if (request["LanguageCode"]?.GetValue<string>() is not { Length: > 0 } language)
            return Invalid("LanguageCode is required");
        var supported = SentimentLanguages.Contains(language);
        return Batch(request, documentFault, (text, index, results, errors) =>
        {
            if (!supported)
            {
                errors.Add(ItemError(index, "UNSUPPORTED_LANGUAGE", $"Amazon Comprehend can not process the language in the input text: {language}"));
                return;
            }
            var (label, positive, negative, neutral, mixed) = DeterministicSentiment.Score(text);
            results.Add(new JsonObject
            {
                ["Index"] = index,
                ["Sentiment"] = label,
                ["SentimentScore"] = new JsonObject { ["Positive"] = positive, ["Negative"] = negative, ["Neutral"] = neutral, ["Mixed"] = mixed },
            });
        });
    }

    /// <summary>A batch call: the limits, then one answer per document, or an ErrorList entry when <paramref name="documentFault"/> draws one.</summary>
    private static (JsonObject?, EmulatorError?) Batch(JsonObject request, Func<bool> documentFault, Action<string, int, JsonArray, JsonArray> answer)
    {
        if (request["TextList"] is not JsonArray list)
            return Invalid("TextList is required");
        if (list.Count > BatchLimit)
            return (null, EmulatorError.BadRequest("BatchSizeLimitExceededException", $"The number of documents in the request exceeds the limit of {BatchLimit}."));
        if (list.Count == 0)
            return Invalid("TextList must hold at least one document");
        var results = new JsonArray();
        var errors = new JsonArray();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i]?.GetValue<string>() is not { Length: > 0 } text)
                return Invalid($"TextList[{i}] must be a non-empty string");
            if (Encoding.UTF8.GetByteCount(text) > ComprehendMaxBytes)
                return (null, EmulatorError.BadRequest("TextSizeLimitExceededException", $"Input text size exceeds limit. Max length of request text allowed is {ComprehendMaxBytes} bytes."));
            var marker = text.IndexOf(ErrorMarker, StringComparison.Ordinal);
            if (marker >= 0)
            {
                var code = new string(text[(marker + ErrorMarker.Length)..].TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray());
                errors.Add(ItemError(i, code, "Error requested by the document's marker"));
                continue;
            }
            if (documentFault())
            {
                // The wire format of a per-document failure: BatchItemError {Index, ErrorCode, ErrorMessage}
                // (https://docs.aws.amazon.com/comprehend/latest/APIReference/API_BatchItemError.html).
                errors.Add(ItemError(i, "INTERNAL_SERVER_ERROR", "Internal server error"));
                continue;
            }
            answer(text, i, results, errors);
        }
        return (new JsonObject { ["ResultList"] = results, ["ErrorList"] = errors }, null);
    }

    private static JsonObject ItemError(int index, string code, string message) =>
        new() { ["Index"] = index, ["ErrorCode"] = code, ["ErrorMessage"] = message };

    private static (JsonObject?, EmulatorError?) Invalid(string message) =>
        (null, EmulatorError.BadRequest("InvalidRequestException", message));
}
