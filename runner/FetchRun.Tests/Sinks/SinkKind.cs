namespace FetchRun.Tests.Sinks;

public enum SinkKind
{
    /// <summary>PostgreSQL, small batches upserted from array parameters (the default threshold).</summary>
    Postgres,

    /// <summary>PostgreSQL with every batch going through binary COPY into the staging table.</summary>
    PostgresCopy,

    Sqlite,
}
