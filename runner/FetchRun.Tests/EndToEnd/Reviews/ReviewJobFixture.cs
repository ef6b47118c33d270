using FetchRun.TestSupport.NlpEmulator;
using FetchRun.TestSupport.Postgres;
using FetchRun.TestSupport.Runner;
using FetchRun.TestSupport.Shards;
using Npgsql;

namespace FetchRun.Tests.EndToEnd.Reviews;

/// <summary>
/// The review job as it runs on Batch: the real runner process compiling jobs/review-sentiment.csx, the AWS
/// providers against the Translate/Comprehend emulator, and a real PostgreSQL (a fresh database per test).
/// </summary>
public abstract class ReviewJobFixture : RunnerFixture
{
    protected const int TranslateTps = 100;
    protected const int ComprehendTps = 50;

    protected static string JobScript { get; } = Path.Combine(RunnerPaths.RepositoryRoot, "jobs", "review-sentiment.csx");

    protected NlpEmulator Emulator { get; private set; } = null!;

    protected PostgresServer Postgres { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServices()
    {
        Emulator = await NlpEmulator.StartAsync();
        Postgres = await PostgresServer.SharedAsync();
    }

    [OneTimeTearDown]
    public async Task StopEmulator() => await Emulator.DisposeAsync();

    [SetUp]
    public void ResetEmulator()
    {
        JobEnvironment.Clear();
        Emulator.Options.Latency = TimeSpan.Zero;
        Emulator.Options.ThrottleRate = 0;
        Emulator.Options.ServerErrorRate = 0;
        Emulator.Options.FailAll = false;
        Emulator.Counters.Reset();
    }

    protected (string Path, GeneratedShardSummary Summary) GenerateShard(int rows, int seed = 7, double badLineRate = 0.01)
    {
        var path = System.IO.Path.Combine(WorkDir, $"reviews-{seed}.jsonl.gz");
        var summary = ShardGenerator.WriteFile(path, new ShardGeneratorOptions
        {
            Rows = rows, Seed = seed, Gzip = true, BadLineRate = badLineRate, DuplicateTextRate = 0.2, LanguageGivenRate = 0.6,
        });
        return (path, summary);
    }

    /// <summary>The environment that points the job at the emulator and at <paramref name="database"/>.</summary>
    protected Dictionary<string, string?> AwsJob(string database)
    {
        var environment = new Dictionary<string, string?>
        {
            ["FETCHRUN_NLP"] = "aws",
            ["AWS_ENDPOINT_URL_TRANSLATE"] = Emulator.Url.ToString(),
            ["AWS_ENDPOINT_URL_COMPREHEND"] = Emulator.Url.ToString(),
            ["AWS_ACCESS_KEY_ID"] = Emulator.Options.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = Emulator.Options.SecretAccessKey,
            ["AWS_REGION"] = "us-east-1",
            ["FETCHRUN_TRANSLATE_TPS"] = TranslateTps.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FETCHRUN_COMPREHEND_TPS"] = ComprehendTps.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FETCHRUN_NLP_RETRY_SECONDS"] = "10",
            ["FETCHRUN_DB"] = database,
        };
        foreach (var (name, value) in JobEnvironment)
            environment[name] = value;
        return environment;
    }

    /// <summary>Variables this test adds to (or overrides in) <see cref="AwsJob"/>; empty at the start of each test.</summary>
    protected Dictionary<string, string?> JobEnvironment { get; } = [];

    protected RunnerProcess StartJob(string shard, string database, params string[] extraArgs) =>
        Start(["run", JobScript, "--input", shard, .. extraArgs], AwsJob(database));

    protected async Task<RunnerProcess> RunJobAsync(string shard, string database, int expectedExitCode, params string[] extraArgs)
    {
        var job = StartJob(shard, database, extraArgs);
        var code = await job.WaitAsync(TimeSpan.FromMinutes(3));
        Assert.That(code, Is.EqualTo(expectedExitCode), job.Stderr);
        return job;
    }

    /// <summary>Every stored result, one line per review in id order, without the run id and timestamp.</summary>
    protected static async Task<List<string>> ResultsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT concat_ws('|', review_id, language, language_detected, translation_status, translated_text, sentiment,
                   score_positive, score_negative, score_neutral, score_mixed, scored_on, error, source, line)
            FROM results ORDER BY review_id
            """, connection);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(reader.GetString(0));
        return rows;
    }

    protected static async Task<T> ScalarAsync<T>(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Stored results so far; 0 before the job has created its tables.</summary>
    protected static async Task<long> CountOrZeroAsync(string database)
    {
        try
        {
            return await ScalarAsync<long>(database, "SELECT count(*) FROM results");
        }
        catch (PostgresException e) when (e.SqlState == "42P01")
        {
            return 0;
        }
    }
}
