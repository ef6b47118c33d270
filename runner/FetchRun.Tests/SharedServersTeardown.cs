using FetchRun.TestSupport.Postgres;

/// <summary>Removes the PostgreSQL cluster shared by the whole test run once every test is done.</summary>
[SetUpFixture]
public sealed class SharedServersTeardown
{
    [OneTimeTearDown]
    public Task RemoveSharedServer() => PostgresServer.DisposeSharedAsync();
}
