using System.Text.RegularExpressions;

namespace FetchRun.Reviews.Sinks;

/// <summary>The environment variables and defaults that choose the sink (see docs/database.md).</summary>
internal static partial class SinkNames
{
    /// <summary>The database: a PostgreSQL URI or keyword string, or a SQLite path.</summary>
    public const string DatabaseVariable = "FETCHRUN_DB";

    /// <summary>The name of an SSM SecureString parameter holding what <see cref="DatabaseVariable"/> would hold.</summary>
    public const string SsmParameterVariable = "FETCHRUN_DB_SSM_PARAMETER";

    /// <summary>The PostgreSQL schema of the tables (default <c>public</c>); a URI's <c>schema=</c> wins over it.</summary>
    public const string SchemaVariable = "FETCHRUN_DB_SCHEMA";

    /// <summary>
    /// Path of a PEM bundle of the CAs to trust for PostgreSQL (e.g. the RDS global bundle). When set, a target that
    /// does not choose its own <c>sslmode</c> is verified (<c>VerifyFull</c>) against it; see docs/database.md.
    /// </summary>
    public const string CaBundleVariable = "FETCHRUN_DB_CA";

    /// <summary>The review job's parameter naming the database target.</summary>
    public const string SinkParameter = "sink";

    /// <summary>The SQLite file used when no database is given, in the current directory.</summary>
    public const string DefaultSqliteFile = "fetchrun-results.db";

    /// <summary>A target that means "no explicit database": fall back to the environment, then SQLite.</summary>
    public const string NoTarget = "none";

    public static string ValidateIdentifier(string name, string what) =>
        Identifier().IsMatch(name)
            ? name
            : throw new JobFailedException(ExitCodes.Usage, $"The database {what} '{name}' is not a plain identifier (letters, digits, _; at most 63).");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}
