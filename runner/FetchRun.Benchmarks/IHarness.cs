namespace FetchRun.Benchmarks;

/// <summary>
/// A measurement that is not a BenchmarkDotNet benchmark (process start-up, end-to-end throughput, a data
/// generator): run as <c>dotnet run -c Release --project runner/FetchRun.Benchmarks -- &lt;name&gt; [args]</c>.
/// Every class implementing it is found by reflection, so adding one touches no shared file.
/// </summary>
internal interface IHarness
{
    /// <summary>The first command-line word that selects it.</summary>
    string Name { get; }

    /// <summary>One line for the list printed by <c>--list-harnesses</c>.</summary>
    string Description { get; }

    /// <summary>Runs it; the return value is the process exit code.</summary>
    Task<int> RunAsync(string[] args);
}
