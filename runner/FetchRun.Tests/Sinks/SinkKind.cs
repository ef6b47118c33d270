namespace FetchRun.Tests.Sinks;

public enum SinkKind
{
    Postgres,
    Sqlite,
}
