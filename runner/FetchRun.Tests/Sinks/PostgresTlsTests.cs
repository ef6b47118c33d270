using FetchRun.Sdk;
using FetchRun.Reviews.Sinks;
using FetchRun.Reviews.Sinks.Postgres;
using Npgsql;

namespace FetchRun.Tests.Sinks;

/// <summary>
/// TLS defaults: a server off this machine gets at least Require (Npgsql's Prefer falls back to plain text without a
/// word), VerifyFull when a CA bundle is known; a target that names its own sslmode keeps it. RDS accepts TLS on
/// every instance and publishes its CA bundles: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html
/// </summary>
public sealed class PostgresTlsTests
{
    private const string Ca = "/etc/ssl/rds-global-bundle.pem";

    [TestCase("postgres://u@db.example.com/d", null, SslMode.Require, "")]
    [TestCase("postgres://u@10.0.0.5:5433/d", null, SslMode.Require, "")]
    [TestCase("Host=mydb.abc123.eu-west-1.rds.amazonaws.com;Database=d", null, SslMode.Require, "")]
    [TestCase("Host=localhost,db.example.com;Database=d", null, SslMode.Require, "")]
    [TestCase("postgres://u@localhost/d", null, SslMode.Prefer, "")]
    [TestCase("postgres://u@127.0.0.1:5433/d", null, SslMode.Prefer, "")]
    [TestCase("postgres://u@[::1]/d", null, SslMode.Prefer, "")]
    [TestCase("Host=127.0.0.2:5433,localhost;Database=d", null, SslMode.Prefer, "")]
    [TestCase("Host=/var/run/postgresql;Database=d", null, SslMode.Prefer, "")]
    [TestCase("postgres://u@db.example.com/d", Ca, SslMode.VerifyFull, Ca)]
    [TestCase("Host=db.example.com;Database=d", Ca, SslMode.VerifyFull, Ca)]
    [TestCase("postgres://u@localhost/d", Ca, SslMode.Prefer, Ca)]
    [TestCase("postgres://u@db.example.com/d?sslrootcert=/own.pem", null, SslMode.VerifyFull, "/own.pem")]
    [TestCase("postgres://u@db.example.com/d?sslrootcert=/own.pem", Ca, SslMode.VerifyFull, "/own.pem")]
    [TestCase("postgres://u@db.example.com/d?sslmode=prefer", Ca, SslMode.Prefer, Ca)]
    [TestCase("postgres://u@db.example.com/d?sslmode=disable", null, SslMode.Disable, "")]
    [TestCase("postgres://u@db.example.com/d?sslmode=verify-ca&sslrootcert=/own.pem", Ca, SslMode.VerifyCA, "/own.pem")]
    [TestCase("Host=db.example.com;SSL Mode=Allow", null, SslMode.Allow, "")]
    [TestCase("Host=db.example.com;sslmode=prefer", Ca, SslMode.Prefer, Ca)]
    public void Parse_PostgresTarget_GetsTheTlsDefaults(string target, string? caBundle, SslMode mode, string rootCertificate)
    {
        var parsed = (SinkTarget.Postgres)SinkTarget.Parse(target, caBundle: caBundle);

        Assert.That((parsed.Connection.SslMode, parsed.Connection.RootCertificate ?? ""), Is.EqualTo((mode, rootCertificate)));
    }

    [Test]
    public async Task ResolveAsync_CaBundleVariable_VerifiesTheServerAgainstIt()
    {
        var bundle = Path.GetTempFileName();
        try
        {
            var environment = new Dictionary<string, string> { ["FETCHRUN_DB"] = "postgres://u@db.example.com/d", ["FETCHRUN_DB_CA"] = bundle };
            var opener = new SinkOpener(environment.GetValueOrDefault, (_, _) => throw new AssertionException("SSM must not be read"));

            var (resolved, _) = await opener.ResolveAsync(null, default);

            var connection = ((SinkTarget.Postgres)resolved).Connection;
            Assert.That((connection.SslMode, connection.RootCertificate), Is.EqualTo((SslMode.VerifyFull, bundle)));
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Test]
    public void ResolveAsync_CaBundleIsNotAFile_FailsWith64NamingTheVariable()
    {
        var environment = new Dictionary<string, string> { ["FETCHRUN_DB"] = "postgres://u@db.example.com/d", ["FETCHRUN_DB_CA"] = "/nowhere/bundle.pem" };
        var opener = new SinkOpener(environment.GetValueOrDefault, (_, _) => throw new AssertionException("SSM must not be read"));

        Assert.That(async () => await opener.ResolveAsync(null, default),
            Throws.TypeOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.Usage)
                .And.Message.EqualTo("FETCHRUN_DB_CA names '/nowhere/bundle.pem', which is not a file: it must be the path of a PEM bundle of the CAs to trust."));
    }
}
