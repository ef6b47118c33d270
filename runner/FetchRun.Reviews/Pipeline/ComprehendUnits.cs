namespace FetchRun.Reviews.Pipeline;

/// <summary>Comprehend bills requests in units of 100 characters, with a minimum of 3 units per document.</summary>
public static class ComprehendUnits
{
    /// <summary>Characters per unit.</summary>
    public const int CharactersPerUnit = 100;

    /// <summary>Minimum units per document.</summary>
    public const int MinimumPerDocument = 3;

    /// <summary>Comprehend accepts 5,000 UTF-8 bytes per document; longer texts are cut, so no more is billed.</summary>
    public const int MaximumCharacters = 5_000;

    /// <summary>The units billed for one document.</summary>
    public static long For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var characters = Math.Min(text.Length, MaximumCharacters);
        return Math.Max(MinimumPerDocument, (characters + CharactersPerUnit - 1) / CharactersPerUnit);
    }
}
