using FetchRun.Reviews.Sinks.Postgres;
using Npgsql;

namespace FetchRun.Reviews.Sinks;

/// <summary>A parsed sink target: PostgreSQL or a SQLite file.</summary>
internal abstract record SinkTarget
{
    private static readonly string[] SqliteExtensions = [".db", ".sqlite", ".sqlite3"];

    /// <summary>PostgreSQL with its connection settings and the schema of the tables.</summary>
    public sealed record Postgres(NpgsqlConnectionStringBuilder Connection, string Schema) : SinkTarget;

    /// <summary>A SQLite file.</summary>
    public sealed record Sqlite(string Path) : SinkTarget;

    /// <summary>
    /// Reads <paramref name="target"/>: a <c>postgres://</c> URI or keyword string, <c>sqlite:path</c>, or a path
    /// ending <c>.db</c>, <c>.sqlite</c> or <c>.sqlite3</c>. Anything else is a usage error (exit 64).
    /// PostgreSQL targets get the TLS defaults of <see cref="PostgresTls"/>, with <paramref name="caBundle"/>.
    /// </summary>
    public static SinkTarget Parse(string target, string? defaultSchema = null, string? caBundle = null)
    {
        target = target.Trim();
        if (PostgresTarget.IsUri(target) || PostgresTarget.IsKeywordString(target))
        {
            var (connection, schema) = PostgresTarget.Parse(target);
            PostgresTls.ApplyDefaults(connection, caBundle);
            var chosen = schema ?? (string.IsNullOrWhiteSpace(defaultSchema) ? "public" : defaultSchema.Trim());
            return new Postgres(connection, SinkNames.ValidateIdentifier(chosen, "schema"));
        }
        if (target.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = target["sqlite:".Length..];
            if (path.StartsWith("//", StringComparison.Ordinal))
                path = path[2..];
            return path.Length > 0
                ? new Sqlite(path)
                : throw new JobFailedException(ExitCodes.Usage, "The SQLite target 'sqlite:' needs a file path, e.g. sqlite:results.db.");
        }
        if (SqliteExtensions.Any(e => target.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            return new Sqlite(target);
        throw new JobFailedException(ExitCodes.Usage,
            "The database target is not recognised: use postgres://user@host:port/db, Host=…;Database=…, sqlite:path or a path ending .db, .sqlite or .sqlite3.");
    }
}
