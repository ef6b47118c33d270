using FetchRun.Runner.Fetching;
using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Tests.Fetching;

/// <summary><c>#r "FetchRun.Reviews"</c>: a bare name is a library the runner ships, not a file beside the script.</summary>
public sealed class RunnerLibraryReferenceTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("fetchrun-runner-library-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase("FetchRun.Reviews", true)]
    [TestCase("Some.Library", true)]
    [TestCase("lib.dll", false)]
    [TestCase("CommandLine.DLL", false)]
    [TestCase("lib/FetchRun.Reviews", false)]
    [TestCase("nuget: FetchRun.Reviews", false)]
    public void IsRunnerLibrary_BareNamesOnly(string reference, bool expected)
    {
        Assert.That(new ReferenceDirective(reference, 1, 1).IsRunnerLibrary, Is.EqualTo(expected));
    }

    [Test]
    public async Task FetchAsync_ReviewLibraryNamedTwice_CollectedOnceAndNothingFetched()
    {
        var script = Write("job.csx", "#r \"FetchRun.Reviews\"\n#r \"fetchrun.reviews\"\nreturn 0;");
        using var store = new ObjectStore();

        var bundle = await new ScriptFetcher(store).FetchAsync(ObjectUri.Parse(script), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(bundle.RunnerLibraries, Is.EqualTo(new[] { "FetchRun.Reviews" }));
            Assert.That(bundle.Libraries, Is.Empty);
        });
    }

    [Test]
    public void FetchAsync_UnknownBareName_FailsNamingTheShippedLibraries()
    {
        var script = Write("job.csx", "// tool\n  #r \"FetchRun.Review\"\nreturn 0;");
        using var store = new ObjectStore();

        var e = Assert.ThrowsAsync<JobFailedException>(() => new ScriptFetcher(store).FetchAsync(ObjectUri.Parse(script), null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(e!.ExitCode, Is.EqualTo(ExitCodes.DataError));
            Assert.That(e.Message, Is.EqualTo($"{ObjectUri.Parse(script)}(2,3): #r \"FetchRun.Review\" names no library the runner ships (FetchRun.Reviews); "
                + "reference an assembly file as \"name.dll\" or a package as \"nuget: Id, Version\"."));
        });
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
