using System.Data.Common;
using System.Net;
using Npgsql;

namespace FetchRun.Reviews.Sinks.Postgres;

/// <summary>
/// The TLS defaults of a PostgreSQL target (docs/database.md, "TLS"). A target that sets its own <c>sslmode</c>
/// keeps it. Otherwise a server that is not on this machine is reached with at least <c>Require</c> (encrypted;
/// Npgsql's own default, <c>Prefer</c>, silently falls back to plain text), and with <c>VerifyFull</c> (chain and
/// host name checked) when a CA bundle is known, from <c>FETCHRUN_DB_CA</c> or the target's own root certificate.
/// </summary>
internal static class PostgresTls
{
    private const string SslModeKeyword = "SSL Mode";

    /// <summary>Applies the defaults to <paramref name="connection"/>.</summary>
    /// <param name="connection">The parsed target; changed in place.</param>
    /// <param name="caBundle">The PEM bundle from <c>FETCHRUN_DB_CA</c>, or null; the target's own root certificate wins.</param>
    public static void ApplyDefaults(NpgsqlConnectionStringBuilder connection, string? caBundle)
    {
        if (caBundle is not null && string.IsNullOrEmpty(connection.RootCertificate))
            connection.RootCertificate = caBundle;
        if (SetsSslMode(connection) || IsLoopback(connection.Host))
            return;
        connection.SslMode = string.IsNullOrEmpty(connection.RootCertificate) ? SslMode.Require : SslMode.VerifyFull;
    }

    /// <summary>True when the target named an SSL mode itself, whatever the mode.</summary>
    public static bool SetsSslMode(NpgsqlConnectionStringBuilder connection) =>
        // Npgsql's own ContainsKey is true for every keyword it knows; its connection string holds only what was set.
        new DbConnectionStringBuilder { ConnectionString = connection.ConnectionString }.ContainsKey(SslModeKeyword);

    /// <summary>
    /// True when every host is this machine: <c>localhost</c>, a loopback address, or a Unix socket directory.
    /// Names are not resolved: a name that happens to point here is treated as remote (the safe side).
    /// </summary>
    public static bool IsLoopback(string? hosts)
    {
        if (string.IsNullOrWhiteSpace(hosts))
            return true;
        return hosts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).All(IsLoopbackHost);
    }

    private static bool IsLoopbackHost(string host)
    {
        if (host.StartsWith('/') || host.StartsWith('@'))
            return true;
        var name = HostWithoutPort(host);
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
               || (IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address));
    }

    // Npgsql accepts "host:port" and "[v6]:port" in a multi-host list.
    private static string HostWithoutPort(string host)
    {
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? host[1..close] : host;
        }
        var colon = host.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && host.IndexOf(':', colon + 1) < 0 ? host[..colon] : host;
    }
}
