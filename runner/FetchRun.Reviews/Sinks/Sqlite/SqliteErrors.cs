using Microsoft.Data.Sqlite;

namespace FetchRun.Reviews.Sinks.Sqlite;

/// <summary>Maps SQLite failures that come from the file or its surroundings (not from the data) to exit codes.</summary>
internal static class SqliteErrors
{
    // SQLite primary result codes: https://www.sqlite.org/rescode.html
    private const int Perm = 3, Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Full = 13, CantOpen = 14;

    public static bool IsEnvironmental(SqliteException ex) =>
        ex.SqliteErrorCode is Perm or Busy or Locked or ReadOnly or IoErr or Full or CantOpen;

    public static JobFailedException ToJobFailure(Exception ex, string description, string operation)
    {
        var code = ex switch
        {
            SqliteException { SqliteErrorCode: Busy or Locked or IoErr or Full } => ExitCodes.Temporary,
            IOException => ExitCodes.Temporary,
            _ => ExitCodes.PermissionDenied,
        };
        return new JobFailedException(code, $"The database {description} failed ({operation}): {ex.Message}", ex);
    }
}
