namespace FetchRun.Reviews.Nlp.Aws.Wire;

/// <summary>BatchDetectDominantLanguage input (required: TextList).</summary>
internal sealed record BatchDetectDominantLanguageRequest(IReadOnlyList<string> TextList);

/// <summary>BatchDetectSentiment input (required: TextList, LanguageCode).</summary>
internal sealed record BatchDetectSentimentRequest(IReadOnlyList<string> TextList, string LanguageCode);

/// <summary>A per-document failure in a batch answer; Index points into the request's TextList.</summary>
internal sealed record BatchItemError(int Index, string? ErrorCode, string? ErrorMessage);

/// <summary>One language guess.</summary>
internal sealed record DominantLanguage(string? LanguageCode, double Score);

/// <summary>One document's languages.</summary>
internal sealed record DominantLanguageItem(int Index, IReadOnlyList<DominantLanguage>? Languages);

/// <summary>BatchDetectDominantLanguage output.</summary>
internal sealed record BatchDetectDominantLanguageResponse(IReadOnlyList<DominantLanguageItem>? ResultList, IReadOnlyList<BatchItemError>? ErrorList);

/// <summary>Comprehend's four scores.</summary>
internal sealed record SentimentScores(double Positive, double Negative, double Neutral, double Mixed);

/// <summary>One document's sentiment.</summary>
internal sealed record SentimentItem(int Index, string? Sentiment, SentimentScores? SentimentScore);

/// <summary>BatchDetectSentiment output.</summary>
internal sealed record BatchDetectSentimentResponse(IReadOnlyList<SentimentItem>? ResultList, IReadOnlyList<BatchItemError>? ErrorList);

/// <summary>A JSON 1.1 error body.</summary>
internal sealed record ErrorBody(
    [property: System.Text.Json.Serialization.JsonPropertyName("__type")] string? Type,
    string? Message,
    [property: System.Text.Json.Serialization.JsonPropertyName("message")] string? LowerMessage);
