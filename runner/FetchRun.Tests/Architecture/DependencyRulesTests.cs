using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FetchRun.Sdk;

namespace FetchRun.Tests.Architecture;

/// <summary>Rules of the split, read from the built assemblies' metadata.</summary>
public sealed class DependencyRulesTests
{
    [TestCase("Microsoft.CodeAnalysis")]
    [TestCase("NuGet.")]
    [TestCase("FetchRun.Reviews")]
    public void Sdk_ReferencesNeitherTheCompilerNorNuGetNorTheReviewLibrary(string forbiddenPrefix)
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

    [Test]
    public void Runner_UsesNoReviewType()
    {
        var runner = Assembly.Load("fetchrun");
        var typeNamespaces = ReferencedTypeNamespaces(runner);

        Assert.Multiple(() =>
        {
            Assert.That(runner.GetReferencedAssemblies().Select(a => a.Name), Has.None.EqualTo("FetchRun.Reviews"));
            Assert.That(typeNamespaces, Has.None.StartsWith("FetchRun.Reviews"));
        });
    }

    [Test]
    public void Runner_ShipsTheReviewLibraryBesideItself()
    {
        var folder = Path.GetDirectoryName(Assembly.Load("fetchrun").Location)!;

        Assert.That(Path.Combine(folder, "FetchRun.Reviews.dll"), Does.Exist);
    }

    [Test]
    public void ReviewLibrary_BuildsOnTheSdk_SoTheRulesAboveMeanSomething()
    {
        var references = typeof(FetchRun.Reviews.Review).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.That(references, Has.Some.EqualTo("FetchRun.Sdk"));
    }

    private static List<string> ReferencedTypeNamespaces(Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeReferences.Select(h => metadata.GetString(metadata.GetTypeReference(h).Namespace)).Distinct().ToList();
    }
}
