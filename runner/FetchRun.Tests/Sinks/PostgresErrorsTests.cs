using System.Net.Sockets;
using FetchRun.Reviews.Sinks.Postgres;
using Npgsql;

namespace FetchRun.Tests.Sinks;

public sealed class PostgresErrorsTests
{
    [TestCase("57P01", nameof(PostgresFailure.Transient))]
    [TestCase("57P02", nameof(PostgresFailure.Transient))]
    [TestCase("57P03", nameof(PostgresFailure.Transient))]
    [TestCase("53300", nameof(PostgresFailure.Transient))]
    [TestCase("08006", nameof(PostgresFailure.Transient))]
    [TestCase("40001", nameof(PostgresFailure.Transient))]
    [TestCase("28P01", nameof(PostgresFailure.PermissionDenied))]
    [TestCase("28000", nameof(PostgresFailure.PermissionDenied))]
    [TestCase("42501", nameof(PostgresFailure.PermissionDenied))]
    [TestCase("3D000", nameof(PostgresFailure.NotFound))]
    [TestCase("23502", nameof(PostgresFailure.Other))]
    [TestCase("42P01", nameof(PostgresFailure.Other))]
    public void Classify_ServerError_BySqlState(string sqlState, string expected)
    {
        var error = new PostgresException("message", "FATAL", "FATAL", sqlState);

        Assert.That(PostgresErrors.Classify(error), Is.EqualTo(Enum.Parse<PostgresFailure>(expected)));
    }

    [Test]
    public void Classify_ConnectionRefused_IsTransient()
    {
        var error = new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused));

        Assert.That(PostgresErrors.Classify(error), Is.EqualTo(PostgresFailure.Transient));
    }

    [Test]
    public void Classify_StreamClosed_IsTransient()
    {
        Assert.That(PostgresErrors.Classify(new NpgsqlException("Exception while reading from stream", new EndOfStreamException())),
            Is.EqualTo(PostgresFailure.Transient));
    }

    [Test]
    public void Classify_ArgumentError_IsOther()
    {
        Assert.That(PostgresErrors.Classify(new InvalidCastException("no")), Is.EqualTo(PostgresFailure.Other));
    }
}
