using FetchRun.Sdk;
using FetchRun.Reviews.Sinks;
using FetchRun.Reviews.Sinks.Postgres;
using Npgsql;

namespace FetchRun.Tests.Sinks;

public sealed class SinkTargetTests
{
    [TestCase("postgres://app:p%40ss@db.example.com:6543/reviews?sslmode=verify-full&sslrootcert=/etc/rds.pem",
        "db.example.com", 6543, "reviews", "app", "p@ss", SslMode.VerifyFull, "postgres://app@db.example.com:6543/reviews")]
    [TestCase("postgresql://app@localhost/reviews", "localhost", 5432, "reviews", "app", null, SslMode.Prefer, "postgres://app@localhost:5432/reviews")]
    [TestCase("Host=h;Port=5433;Database=d;Username=u;Password=pw;SSL Mode=Require", "h", 5433, "d", "u", "pw", SslMode.Require, "postgres://u@h:5433/d")]
    public void Parse_Postgres_ReadsSettingsAndDescribesWithoutPassword(string target, string host, int port, string database, string user,
        string? password, SslMode ssl, string description)
    {
        var parsed = (SinkTarget.Postgres)SinkTarget.Parse(target);

        Assert.That((parsed.Connection.Host, parsed.Connection.Port, parsed.Connection.Database, parsed.Connection.Username, parsed.Connection.Password, parsed.Connection.SslMode),
            Is.EqualTo((host, port, database, user, password, ssl)));
        Assert.That(PostgresTarget.Describe(parsed.Connection, parsed.Schema), Is.EqualTo(description));
    }

    [Test]
    public void Parse_UriWithSchema_UsesItOverTheDefault()
    {
        var parsed = (SinkTarget.Postgres)SinkTarget.Parse("postgres://u:p@h/d?schema=reviews", defaultSchema: "other");

        Assert.That(parsed.Schema, Is.EqualTo("reviews"));
    }

    [TestCase("sqlite:out/results.db", "out/results.db")]
    [TestCase("sqlite:///tmp/x.db", "/tmp/x.db")]
    [TestCase("sqlite:results", "results")]
    [TestCase("/data/run.sqlite3", "/data/run.sqlite3")]
    [TestCase("local.SQLITE", "local.SQLITE")]
    [TestCase("results.db", "results.db")]
    public void Parse_Sqlite_ReadsThePath(string target, string path)
    {
        Assert.That(SinkTarget.Parse(target), Is.EqualTo(new SinkTarget.Sqlite(path)));
    }

    [TestCase("mysql://u@h/d", "not recognised")]
    [TestCase("sqlite:", "needs a file path")]
    [TestCase("postgres://u:p@h/d?sslmode=maybe", "sslmode 'maybe'")]
    [TestCase("postgres://u:p@h/d?pool=1", "'pool' is not supported")]
    [TestCase("postgres://u:p@h/d?schema=a;drop", "not a plain identifier")]
    [TestCase("postgres://u:p@h/d?connect_timeout=soon", "whole number")]
    [TestCase("Host=h;Password=topsecret;Bogus Key=1", "not valid")]
    public void Parse_Unusable_ThrowsUsageWithoutSecrets(string target, string expected)
    {
        Assert.That(() => SinkTarget.Parse(target),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage)
                .And.Message.Contains(expected).And.Message.Not.Contains("topsecret"));
    }

    [TestCase(null, "postgres://a@env:5432/d", "FETCHRUN_DB")]
    [TestCase("", "postgres://a@env:5432/d", "FETCHRUN_DB")]
    [TestCase("none", "postgres://a@env:5432/d", "FETCHRUN_DB")]
    [TestCase("given.db", "sqlite:given.db", "option")]
    public async Task ResolveAsync_TargetOrEnvironment_PicksInOrder(string? target, string expected, string origin)
    {
        var environment = new Dictionary<string, string> { ["FETCHRUN_DB"] = "postgres://a:pw@env/d", ["FETCHRUN_DB_SSM_PARAMETER"] = "/never/read" };
        var opener = new SinkOpener(environment.GetValueOrDefault, (_, _) => throw new AssertionException("SSM must not be read"));

        var (resolved, from) = await opener.ResolveAsync(target, default);

        Assert.That((Describe(resolved), from), Is.EqualTo((expected, origin)));
    }

    [Test]
    public async Task ResolveAsync_OnlySsmParameter_ReadsIt()
    {
        var environment = new Dictionary<string, string> { ["FETCHRUN_DB_SSM_PARAMETER"] = "/fetchrun/db" };
        var opener = new SinkOpener(environment.GetValueOrDefault, (name, _) => Task.FromResult($"postgres://u:pw@from-{name.Trim('/').Replace('/', '-')}/d"));

        var (resolved, from) = await opener.ResolveAsync(null, default);

        Assert.That((Describe(resolved), from), Is.EqualTo(("postgres://u@from-fetchrun-db:5432/d", "FETCHRUN_DB_SSM_PARAMETER (/fetchrun/db)")));
    }

    [Test]
    public async Task ResolveAsync_NothingGiven_IsSqliteInTheCurrentDirectory()
    {
        var opener = new SinkOpener(_ => null, (_, _) => throw new AssertionException("SSM must not be read"));

        var (resolved, from) = await opener.ResolveAsync(null, default);

        Assert.That((resolved, from), Is.EqualTo(((SinkTarget)new SinkTarget.Sqlite(Path.Combine(Environment.CurrentDirectory, "fetchrun-results.db")), "default")));
    }

    [Test]
    public async Task ResolveAsync_SchemaVariable_AppliesToKeywordStrings()
    {
        var environment = new Dictionary<string, string> { ["FETCHRUN_DB"] = "Host=h;Database=d;Username=u", ["FETCHRUN_DB_SCHEMA"] = "reviews" };
        var opener = new SinkOpener(environment.GetValueOrDefault, (_, _) => throw new AssertionException("SSM must not be read"));

        var (resolved, _) = await opener.ResolveAsync(null, default);

        Assert.That(Describe(resolved), Is.EqualTo("postgres://u@h:5432/d?schema=reviews"));
    }

    private static string Describe(SinkTarget target) => target switch
    {
        SinkTarget.Postgres pg => PostgresTarget.Describe(pg.Connection, pg.Schema),
        SinkTarget.Sqlite lite => $"sqlite:{lite.Path}",
        _ => throw new AssertionException("unknown target"),
    };
}
