using System.Net.Sockets;
using System.Security.Authentication;
using Npgsql;

namespace FetchRun.Reviews.Sinks.Postgres;

/// <summary>Classifies exceptions from Npgsql by SQLSTATE and cause.</summary>
internal static class PostgresErrors
{
    // Npgsql's words when the server answers the TLS request with "no" and the SSL mode requires TLS.
    private const string ServerWithoutTls = "SSL connection requested. No SSL enabled connection from this host is configured.";

    public static PostgresFailure Classify(Exception exception)
    {
        if (TlsFailure(exception) is not null)
            return PostgresFailure.TlsRefused;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException p:
                    return ClassifyState(p.SqlState, p.IsTransient);
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case IOException:
                case TimeoutException:
                    return PostgresFailure.Transient;
            }
        }
        return PostgresFailure.Other;
    }

    /// <summary>The exception that says why TLS could not be set up, or null when TLS is not the problem.</summary>
    public static Exception? TlsFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AuthenticationException || (e is NpgsqlException && e.Message == ServerWithoutTls))
                return e;
        }
        return null;
    }

    private static PostgresFailure ClassifyState(string sqlState, bool transient) => sqlState switch
    {
        // invalid_password, invalid_authorization_specification, insufficient_privilege
        "28P01" or "28000" or "42501" => PostgresFailure.PermissionDenied,
        // invalid_catalog_name: the database named in the connection string does not exist
        "3D000" => PostgresFailure.NotFound,
        // admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
        "57P01" or "57P02" or "57P03" or "53300" => PostgresFailure.Transient,
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) => PostgresFailure.Transient,
        _ => transient ? PostgresFailure.Transient : PostgresFailure.Other,
    };
}
