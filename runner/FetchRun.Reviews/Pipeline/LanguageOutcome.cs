namespace FetchRun.Reviews.Pipeline;

/// <summary>A review's source language: given by the shard, or detected.</summary>
internal sealed record LanguageOutcome(string Code, bool Detected, string? Error);
