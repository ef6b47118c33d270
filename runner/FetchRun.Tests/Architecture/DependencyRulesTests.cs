using System.Reflection;
using FetchRun.Sdk;

namespace FetchRun.Tests.Architecture;

/// <summary>Rules of the split, read from the built assemblies' metadata.</summary>
public sealed class DependencyRulesTests
{
    [TestCase("Microsoft.CodeAnalysis")]
    [TestCase("NuGet.")]
    public void Sdk_ReferencesNeitherTheCompilerNorNuGet(string forbiddenPrefix)
    {
        var references = typeof(JobGlobals).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.That(references, Has.None.StartsWith(forbiddenPrefix));
    }

    [Test]
    public void Runner_ReferencesNuGetAndTheCompiler_SoTheRuleAboveMeansSomething()
    {
        var runner = Assembly.Load("fetchrun").GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.That(runner, Has.Some.StartsWith("NuGet.").And.Some.StartsWith("Microsoft.CodeAnalysis"));
    }
}
