using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using FetchRun.Sdk;
using FetchRun.Reviews.Sinks;
using FetchRun.TestSupport.Postgres;
using Npgsql;

namespace FetchRun.Tests.Sinks;

/// <summary>
/// The TLS defaults against a real server with TLS on (as RDS always has): a host that is not loopback by name (this
/// machine's own host name, which resolves to 127.0.0.1) is reached encrypted without a CA bundle, verified with
/// one, and refused when the bundle does not sign the server's certificate. RDS puts the endpoint in its
/// certificate: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html
/// </summary>
[NonParallelizable]
public sealed class PostgresTlsServerTests
{
    private PostgresServer _server = null!;
    private string _dir = "";
    private string _host = "";
    private string _ca = "";
    private string _otherCa = "";

    [OneTimeSetUp]
    public async Task StartServerWithTls()
    {
        _host = Dns.GetHostName();
        var addresses = await Dns.GetHostAddressesAsync(_host);
        Assume.That(_host, Is.Not.EqualTo("localhost"));
        Assume.That(addresses, Has.Some.EqualTo(IPAddress.Loopback), "the host name must resolve to 127.0.0.1, where the test server listens");
        _dir = Directory.CreateTempSubdirectory("fetchrun-tls-").FullName;
        _server = await PostgresServer.StartAsync(privateCluster: true);
        using var ca = TestCertificates.Authority("fetchrun test CA");
        using var other = TestCertificates.Authority("some other CA");
        using var serverCert = TestCertificates.Server(ca, _host);
        _ca = Write("ca.pem", ca.ExportCertificatePem());
        _otherCa = Write("other-ca.pem", other.ExportCertificatePem());
        var cert = Write("server.crt", serverCert.ExportCertificatePem());
        var key = Write("server.key", serverCert.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        // The server refuses a key that others can read.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (Environment.IsPrivilegedProcess)
            await ChownToPostgresAsync(_dir, cert, key);
        await using (var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Pooling = false }.ConnectionString))
        {
            await conn.OpenAsync();
            foreach (var sql in new[] { $"ALTER SYSTEM SET ssl_cert_file = '{cert}'", $"ALTER SYSTEM SET ssl_key_file = '{key}'", "ALTER SYSTEM SET ssl = on" })
            {
                await using var cmd = new NpgsqlCommand(sql, conn);
                await cmd.ExecuteNonQueryAsync();
            }
        }
        await _server.RestartAsync();
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        if (_dir.Length > 0)
            Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public async Task Open_RemoteByNameWithoutCaBundle_IsEncrypted()
    {
        var connection = await ResolveAsync(caBundle: null);

        Assert.That((connection.SslMode, await SessionUsesTlsAsync(connection)), Is.EqualTo((SslMode.Require, true)));
    }

    [Test]
    public async Task Open_RemoteByNameWithTheCaBundle_IsVerifiedAndEncrypted()
    {
        var connection = await ResolveAsync(_ca);

        Assert.That((connection.SslMode, await SessionUsesTlsAsync(connection)), Is.EqualTo((SslMode.VerifyFull, true)));
    }

    [Test]
    public void OpenAsync_RemoteByNameWithAnotherCaBundle_FailsWith77()
    {
        var opener = Opener(_server, _otherCa);

        Assert.That(async () => await opener.OpenAsync(null, new RecordingLog(), default),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.PermissionDenied)
                .And.Message.Contains("could not be reached over TLS (create schema): The remote certificate was rejected")
                .And.Message.EndsWith("See docs/database.md (TLS): FETCHRUN_DB_CA, sslrootcert and sslmode."));
    }

    [Test]
    public async Task OpenAsync_RemoteByNameServerWithoutTls_FailsWith77()
    {
        var plain = await PostgresServer.SharedAsync();
        Assume.That(new NpgsqlConnectionStringBuilder(plain.ConnectionString).Host, Is.EqualTo("127.0.0.1"), "a server on this machine, reached by its host name");
        var opener = Opener(plain, caBundle: null);

        Assert.That(async () => await opener.OpenAsync(null, new RecordingLog(), default),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.PermissionDenied)
                .And.Message.Contains("could not be reached over TLS (create schema): SSL connection requested. No SSL enabled connection"));
    }

    private SinkOpener Opener(PostgresServer server, string? caBundle)
    {
        var given = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Host = _host, Pooling = false };
        var environment = new Dictionary<string, string> { ["FETCHRUN_DB"] = given.ConnectionString };
        if (caBundle is not null)
            environment["FETCHRUN_DB_CA"] = caBundle;
        return new SinkOpener(environment.GetValueOrDefault, (_, _) => throw new AssertionException("SSM must not be read"))
        {
            PostgresOptions = new() { MaxAttempts = 1 },
        };
    }

    private async Task<NpgsqlConnectionStringBuilder> ResolveAsync(string? caBundle)
    {
        var (target, _) = await Opener(_server, caBundle).ResolveAsync(null, default);
        return ((SinkTarget.Postgres)target).Connection;
    }

    private static async Task<bool> SessionUsesTlsAsync(NpgsqlConnectionStringBuilder connection)
    {
        await using var conn = new NpgsqlConnection(connection.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", conn);
        return (bool)(await cmd.ExecuteScalarAsync())!;
    }

    private string Write(string name, string pem)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, pem);
        return path;
    }

    private static async Task ChownToPostgresAsync(params string[] paths)
    {
        using var chown = Process.Start("chown", ["postgres:postgres", .. paths]);
        await chown.WaitForExitAsync();
        Assert.That(chown.ExitCode, Is.Zero, "chown to the server's user");
    }
}
