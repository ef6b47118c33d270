using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using FetchRun.Sdk;
using FetchRun.Reviews.Sinks;
using FetchRun.TestSupport.Moto;
using FetchRun.TestSupport.Postgres;
using Npgsql;

namespace FetchRun.Tests.Sinks;

/// <summary>The connection string kept in an SSM SecureString parameter, read from moto_server.</summary>
public sealed class SsmSinkTests
{
    private static readonly BasicAWSCredentials Credentials = new("testing", "testing");
    private MotoServer _moto = null!;

    [OneTimeSetUp]
    public async Task StartMoto() => _moto = await MotoServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopMoto() => await _moto.DisposeAsync();

    [Test]
    public async Task OpenAsync_SsmParameter_OpensThePostgresSinkItNames()
    {
        var server = await PostgresServer.SharedAsync();
        var connection = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync("ssm"));
        var name = $"/fetchrun/test/{Guid.NewGuid():N}/db";
        await PutSecureStringAsync(name, connection.ConnectionString);
        var log = new RecordingLog();

        await using var sink = await Opener(name).OpenAsync(null, log, default);
        await sink.WriteBatchAsync([SinkRows.Result("r1")], [], [], default);

        Assert.That(await sink.FindExistingAsync(["r1"], default), Is.EquivalentTo(new[] { "r1" }));
        Assert.That(sink.Description, Does.StartWith($"postgres://{connection.Username}@").And.Not.Contains(connection.Password!));
        Assert.That(log.Lines, Has.Some.Contains(name).And.None.Contains(connection.Password!));
    }

    [Test]
    public void OpenAsync_MissingSsmParameter_FailsWithNotFound()
    {
        Assert.That(() => Opener("/fetchrun/test/missing").OpenAsync(null, new RecordingLog(), default),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.NotFound)
                .And.Message.Contains("/fetchrun/test/missing"));
    }

    private SinkOpener Opener(string parameter)
    {
        var environment = new Dictionary<string, string>
        {
            ["FETCHRUN_DB_SSM_PARAMETER"] = parameter, ["AWS_ENDPOINT_URL_SSM"] = _moto.Url, ["AWS_REGION"] = "us-east-1",
        };
        return new SinkOpener(environment.GetValueOrDefault, new SsmParameterReader(environment.GetValueOrDefault, Credentials).ReadAsync);
    }

    private async Task PutSecureStringAsync(string name, string value)
    {
        using var client = new AmazonSimpleSystemsManagementClient(Credentials,
            new AmazonSimpleSystemsManagementConfig { ServiceURL = _moto.Url, AuthenticationRegion = "us-east-1" });
        await client.PutParameterAsync(new PutParameterRequest { Name = name, Value = value, Type = ParameterType.SecureString, Overwrite = true });
    }
}
