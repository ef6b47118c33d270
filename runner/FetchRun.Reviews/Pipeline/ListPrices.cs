namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// Prices for the run's cost estimate, in USD. The defaults are the public list prices for standard
/// real-time Translate text and the first Comprehend tier; check them against your region and contract.
/// </summary>
/// <param name="TranslatePerMillionCharacters">Amazon Translate, per million characters (default 15.00).</param>
/// <param name="ComprehendPerUnit">Amazon Comprehend sentiment or language detection, per 100-character unit (default 0.0001).</param>
public sealed record ListPrices(decimal TranslatePerMillionCharacters, decimal ComprehendPerUnit)
{
    /// <summary>15.00 USD per million Translate characters, 0.0001 USD per Comprehend unit.</summary>
    public static ListPrices Default { get; } = new(15.00m, 0.0001m);

    /// <summary>The estimated cost of the given usage.</summary>
    public decimal Estimate(long translateCharacters, long comprehendUnits) =>
        translateCharacters * TranslatePerMillionCharacters / 1_000_000m + comprehendUnits * ComprehendPerUnit;
}
