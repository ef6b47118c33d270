using System.Text.Json.Serialization;

namespace FetchRun.Reviews.Nlp.Aws.Wire;

/// <summary>Source-generated JSON for the wire types (member names as in the service models).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TranslateTextRequest))]
[JsonSerializable(typeof(TranslateTextResponse))]
[JsonSerializable(typeof(BatchDetectDominantLanguageRequest))]
[JsonSerializable(typeof(BatchDetectDominantLanguageResponse))]
[JsonSerializable(typeof(BatchDetectSentimentRequest))]
[JsonSerializable(typeof(BatchDetectSentimentResponse))]
[JsonSerializable(typeof(ErrorBody))]
internal sealed partial class AwsNlpJsonContext : JsonSerializerContext;
