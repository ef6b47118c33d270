using FetchRun.Sdk.Sinks.Postgres;
using FetchRun.Sdk.Sinks.Sqlite;

namespace FetchRun.Sdk.Sinks;

/// <summary>Chooses the sink from the target, the environment and SSM, and opens it.</summary>
internal sealed class SinkOpener(Func<string, string?> environment, Func<string, CancellationToken, Task<string>> readSecureParameter)
{
    public PostgresSinkOptions PostgresOptions { get; init; } = new();

    public async Task<IReviewSink> OpenAsync(string? target, IJobLog log, CancellationToken cancellationToken)
    {
        var (resolved, origin) = await ResolveAsync(target, cancellationToken).ConfigureAwait(false);
        IReviewSink sink = resolved switch
        {
            SinkTarget.Postgres pg => await PostgresReviewSink.OpenAsync(pg.Connection, PostgresOptions with { Schema = pg.Schema }, cancellationToken)
                .ConfigureAwait(false),
            SinkTarget.Sqlite lite => await SqliteReviewSink.OpenAsync(lite.Path, cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"Unknown sink target {resolved.GetType().Name}."),
        };
        log.Info("sink opened", ("sink", sink.Description), ("from", origin));
        return sink;
    }

    /// <summary>The target and where it came from (the option, an environment variable, SSM or the default).</summary>
    public async Task<(SinkTarget Target, string Origin)> ResolveAsync(string? target, CancellationToken cancellationToken)
    {
        var schema = NonEmpty(environment(SinkNames.SchemaVariable));
        if (NonEmpty(target) is { } given && !given.Equals(SinkNames.NoTarget, StringComparison.OrdinalIgnoreCase))
            return (SinkTarget.Parse(given, schema), "option");
        if (NonEmpty(environment(SinkNames.DatabaseVariable)) is { } fromEnvironment)
            return (SinkTarget.Parse(fromEnvironment, schema), SinkNames.DatabaseVariable);
        if (NonEmpty(environment(SinkNames.SsmParameterVariable)) is { } parameter)
        {
            var value = await readSecureParameter(parameter, cancellationToken).ConfigureAwait(false);
            return (SinkTarget.Parse(value, schema), $"{SinkNames.SsmParameterVariable} ({parameter})");
        }
        return (new SinkTarget.Sqlite(Path.Combine(Environment.CurrentDirectory, SinkNames.DefaultSqliteFile)), "default");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
