namespace FetchRun.TestSupport.Shards;

/// <summary>One generated row before it is written, possibly broken on purpose.</summary>
internal sealed class SyntheticRow
{
    public string? Id { get; set; }
    public required string ProductId { get; init; }
    public required string ReviewerId { get; init; }
    public required string Stars { get; set; }
    public bool StarsAsText { get; set; }
    public string? Body { get; set; }
    public string? Title { get; init; }
    public string? Language { get; set; }
    public required string TrueLanguage { get; init; }
    public required string Category { get; init; }
    public bool InvalidUtf8 { get; set; }
}
