using FetchRun.TestSupport.Runner;

namespace FetchRun.Tests.EndToEnd;

/// <summary>A scratch folder and cache per test, and a way to start the real runner in them.</summary>
public abstract class RunnerFixture
{
    protected static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    protected string WorkDir { get; private set; } = "";

    protected string CacheDir => Path.Combine(WorkDir, "cache");

    [SetUp]
    public void CreateWorkDir() => WorkDir = Directory.CreateTempSubdirectory("fetchrun-test-").FullName;

    [TearDown]
    public void DeleteWorkDir() => Directory.Delete(WorkDir, recursive: true);

    protected string WriteScript(string name, string text)
    {
        var path = Path.Combine(WorkDir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    protected virtual Dictionary<string, string?> Environment() => new()
    {
        ["FETCHRUN_CACHE_DIR"] = CacheDir,
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_BATCH_JOB_ID"] = null,
        ["AWS_BATCH_JOB_ARRAY_INDEX"] = null,
        ["AWS_BATCH_JOB_ARRAY_SIZE"] = null,
        ["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = null,
    };

    /// <summary><paramref name="env"/> with no NLP provider or database taken from the machine's own settings, so the
    /// review job runs offline into SQLite unless a test says otherwise.</summary>
    protected static Dictionary<string, string?> WithoutReviewJobSettings(Dictionary<string, string?> env)
    {
        foreach (var name in (string[])["FETCHRUN_NLP", "FETCHRUN_DB", "FETCHRUN_DB_SSM_PARAMETER", "FETCHRUN_DB_CA"])
            env[name] = null;
        return env;
    }

    protected RunnerProcess Start(IEnumerable<string> args, Dictionary<string, string?>? extra = null)
    {
        var env = Environment();
        foreach (var (name, value) in extra ?? [])
            env[name] = value;
        return RunnerProcess.Start(Reorder(args), env, WorkDir);
    }

    protected async Task<(int Code, RunnerProcess Process)> RunAsync(IEnumerable<string> args, Dictionary<string, string?>? extra = null)
    {
        var process = Start(args, extra);
        var code = await process.WaitAsync(ExitTimeout);
        return (code, process);
    }

    // The verb comes first; JSON logs are asked for explicitly so that the tests can read them.
    private static List<string> Reorder(IEnumerable<string> args)
    {
        var list = args.ToList();
        var separator = list.IndexOf("--");
        list.Insert(separator < 0 ? list.Count : separator, "--log-format");
        list.Insert(separator < 0 ? list.Count : separator + 1, "json");
        return list;
    }
}
