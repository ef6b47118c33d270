namespace FetchRun.Runner.Cli;

/// <summary>One command-line option with its environment variable and help text.</summary>
internal sealed record OptionSpec(string Name, string Environment, string ValueName, string Help, bool Repeatable = false);
