namespace FetchRun.Reviews.Nlp.Local;

/// <summary>Per-document error messages of the local providers, in Comprehend's <c>CODE: detail</c> form.</summary>
internal static class LocalErrors
{
    public const string EmptyText = "EMPTY_TEXT: the document has no text to analyse";
    public const string UndetectableLanguage = "UNDETECTABLE_LANGUAGE: no supported language could be recognised in the text";

    public static string UnsupportedLanguage(string languageCode) =>
        $"UNSUPPORTED_LANGUAGE: the local sentiment analyser scores English (en) only, not '{languageCode}'";
}
