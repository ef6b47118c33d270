namespace FetchRun.Reviews.Nlp.Aws.Wire;

/// <summary>TranslateText input (required: Text, SourceLanguageCode, TargetLanguageCode).</summary>
internal sealed record TranslateTextRequest(string Text, string SourceLanguageCode, string TargetLanguageCode);

/// <summary>TranslateText output; only the members the pipeline reads.</summary>
internal sealed record TranslateTextResponse(string? TranslatedText, string? SourceLanguageCode, string? TargetLanguageCode);
