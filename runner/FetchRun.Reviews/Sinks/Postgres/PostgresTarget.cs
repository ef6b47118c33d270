using System.Globalization;
using Npgsql;

namespace FetchRun.Reviews.Sinks.Postgres;

/// <summary>
/// Reads a PostgreSQL target: a <c>postgres://user:pass@host:port/db?sslmode=…</c> URI or an Npgsql keyword
/// string (<c>Host=…;Username=…</c>), and describes it without the password.
/// </summary>
internal static class PostgresTarget
{
    private static readonly string[] Schemes = ["postgres://", "postgresql://"];

    public static bool IsUri(string target) => Schemes.Any(s => target.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    public static bool IsKeywordString(string target) =>
        target.Contains('=', StringComparison.Ordinal) &&
        (target.Contains("host=", StringComparison.OrdinalIgnoreCase) || target.Contains("server=", StringComparison.OrdinalIgnoreCase));

    /// <summary>The connection settings and the schema (<c>schema=</c> in a URI), or a usage error naming what is wrong.</summary>
    public static (NpgsqlConnectionStringBuilder Connection, string? Schema) Parse(string target)
    {
        if (!IsUri(target))
        {
            try
            {
                return (new NpgsqlConnectionStringBuilder(target), null);
            }
            catch (ArgumentException ex)
            {
                // The message of this exception may quote the string, password included.
                throw new JobFailedException(ExitCodes.Usage, $"The PostgreSQL connection string is not valid ({ex.ParamName ?? "syntax"}).");
            }
        }
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new JobFailedException(ExitCodes.Usage, "The PostgreSQL URI is not valid: expected postgres://user:password@host:port/database.");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length > 0)
            builder.Database = database;
        string? schema = null;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = Uri.UnescapeDataString(eq < 0 ? "" : pair[(eq + 1)..]);
            switch (name.ToLowerInvariant())
            {
                case "sslmode": builder.SslMode = SslModeOf(value); break;
                case "sslrootcert": builder.RootCertificate = value; break;
                case "connect_timeout": builder.Timeout = IntOf(name, value); break;
                case "command_timeout": builder.CommandTimeout = IntOf(name, value); break;
                case "application_name": builder.ApplicationName = value; break;
                case "schema": schema = value; break;
                default:
                    throw new JobFailedException(ExitCodes.Usage,
                        $"The PostgreSQL URI option '{name}' is not supported (sslmode, sslrootcert, connect_timeout, command_timeout, application_name, schema).");
            }
        }
        return (builder, schema);
    }

    /// <summary><c>postgres://user@host:port/db</c> (plus <c>?schema=</c> when not public): safe for logs.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder, string schema)
    {
        var user = string.IsNullOrEmpty(builder.Username) ? "" : Uri.EscapeDataString(builder.Username) + "@";
        var host = builder.Host ?? "localhost";
        var suffix = schema == "public" ? "" : $"?schema={schema}";
        return $"postgres://{user}{host}:{builder.Port.ToString(CultureInfo.InvariantCulture)}/{builder.Database}{suffix}";
    }

    private static SslMode SslModeOf(string value) => value.ToLowerInvariant() switch
    {
        "disable" => SslMode.Disable,
        "allow" => SslMode.Allow,
        "prefer" => SslMode.Prefer,
        "require" => SslMode.Require,
        "verify-ca" => SslMode.VerifyCA,
        "verify-full" => SslMode.VerifyFull,
        _ => throw new JobFailedException(ExitCodes.Usage,
            $"sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, verify-full."),
    };

    private static int IntOf(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new JobFailedException(ExitCodes.Usage, $"The PostgreSQL URI option '{name}' needs a whole number of seconds, not '{value}'.");
}
