namespace FetchRun.Tests.EndToEnd;

/// <summary>The review library is shipped with the runner but loaded only by scripts that name it.</summary>
public sealed class RunnerLibraryTests : RunnerFixture
{
    private const string ReportLoaded =
        "Console.WriteLine(AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == \"FetchRun.Reviews\"));";

    [Test]
    public async Task Run_ScriptWithoutTheReference_DoesNotLoadTheReviewLibrary()
    {
        var script = WriteScript("hello.csx", ReportLoaded + "\nreturn 0;");

        var (code, result) = await RunAsync(["run", script]);

        Assert.That((code, result.Stdout.Trim()), Is.EqualTo((0, "False")), result.Stderr);
    }

    [Test]
    public async Task Run_ScriptNamingTheReviewLibrary_UsesItWithoutGlobals()
    {
        var script = WriteScript("uses.csx", "#r \"FetchRun.Reviews\"\nusing FetchRun.Reviews.Nlp;\n"
            + "var nlp = NlpProviders.FromEnvironment();\n" + ReportLoaded + "\nreturn 0;");

        var (code, result) = await RunAsync(["run", script]);

        Assert.Multiple(() =>
        {
            Assert.That((code, result.Stdout.Trim()), Is.EqualTo((0, "True")), result.Stderr);
            Assert.That(result.LogRecord("script ready").GetProperty("runner_libraries").GetString(), Is.EqualTo("FetchRun.Reviews"));
        });
    }
}
