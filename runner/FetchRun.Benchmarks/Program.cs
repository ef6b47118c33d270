using System.Reflection;
using BenchmarkDotNet.Running;
using FetchRun.Benchmarks;

// A harness name as the first argument runs that harness; anything else goes to BenchmarkDotNet
// (e.g. `--filter '*Shard*'`). `--list-harnesses` prints the harnesses.
var harnesses = typeof(IHarness).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHarness).IsAssignableFrom(t))
    .Select(t => (IHarness)Activator.CreateInstance(t, nonPublic: true)!)
    .ToDictionary(h => h.Name, StringComparer.Ordinal);

if (args is ["--list-harnesses"])
{
    foreach (var h in harnesses.Values.OrderBy(h => h.Name, StringComparer.Ordinal))
        Console.WriteLine($"{h.Name,-16} {h.Description}");
    return 0;
}
if (args.Length > 0 && harnesses.TryGetValue(args[0], out var harness))
    return await harness.RunAsync(args[1..]);

BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
return 0;
