using FetchRun.TestSupport.Postgres;

namespace FetchRun.Tests.Sinks;

/// <summary>Removes the shared PostgreSQL cluster once the sink tests are done.</summary>
[SetUpFixture]
public sealed class SinkTestsTeardown
{
    [OneTimeTearDown]
    public Task RemoveSharedServer() => PostgresServer.DisposeSharedAsync();
}
