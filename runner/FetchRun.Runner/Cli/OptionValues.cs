using FetchRun.Runner.Bootstrap;

namespace FetchRun.Runner.Cli;

/// <summary>
/// The one way an option's value is read: what the command line gave, else its <c>FETCHRUN_*</c> variable.
/// <see cref="Options.NoValue"/> means not set.
/// </summary>
internal sealed class OptionValues(IReadOnlyDictionary<OptionSpec, List<string>> given, IEnvironment env)
{
    /// <summary>Every value of <paramref name="spec"/>: the command line's, else the variable's (at most one).</summary>
    public IReadOnlyList<string> All(OptionSpec spec) =>
        given.TryGetValue(spec, out var values) ? values : env.Get(spec.Environment) is { } fromEnv ? [fromEnv] : [];

    /// <summary>The one value of <paramref name="spec"/>, or null when it is not set or is <see cref="Options.NoValue"/>.</summary>
    public string? Single(OptionSpec spec) => All(spec) is [var only] && only != Options.NoValue ? only : null;
}
