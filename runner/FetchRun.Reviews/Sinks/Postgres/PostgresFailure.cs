namespace FetchRun.Reviews.Sinks.Postgres;

/// <summary>What a PostgreSQL failure means for the job.</summary>
internal enum PostgresFailure
{
    /// <summary>Not a connection problem (a bug or bad data): propagated as is.</summary>
    Other,

    /// <summary>The server is unreachable, restarting or shutting down: retried, then exit 75.</summary>
    Transient,

    /// <summary>Wrong password, no access: exit 77.</summary>
    PermissionDenied,

    /// <summary>TLS could not be set up as the connection requires (certificate not trusted, server without TLS): exit 77.</summary>
    TlsRefused,

    /// <summary>The database does not exist: exit 66.</summary>
    NotFound,
}
