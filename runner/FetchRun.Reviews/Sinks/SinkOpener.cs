using FetchRun.Reviews.Sinks.Postgres;
using FetchRun.Reviews.Sinks.Sqlite;

namespace FetchRun.Reviews.Sinks;

/// <summary>Chooses the sink from the target, the environment and SSM, and opens it.</summary>
internal sealed class SinkOpener(Func<string, string?> environment, Func<string, CancellationToken, Task<string>> readSecureParameter)
{
    public PostgresSinkOptions PostgresOptions { get; init; } = new();

    /// <summary>
    /// True under AWS Batch. Then a missing database is refused rather than defaulting to SQLite in the container,
    /// and so is a password in the target given to the job (it would sit in the job's parameters) or in
    /// <c>FETCHRUN_DB</c> (it would sit in the job definition's environment).
    /// </summary>
    public bool OnBatch { get; init; }

    /// <summary>Where the default SQLite file goes; the current directory when null.</summary>
    public string? DefaultDirectory { get; init; }

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
    /// <exception cref="JobFailedException">
    /// Exit code 64 when the target cannot be read, the CA bundle is not a file, or (on Batch) no database is
    /// configured or the given target or <c>FETCHRUN_DB</c> holds a password; SSM failures as in <see cref="SsmParameterReader"/>.
    /// </exception>
    public async Task<(SinkTarget Target, string Origin)> ResolveAsync(string? target, CancellationToken cancellationToken)
    {
        var schema = NonEmpty(environment(SinkNames.SchemaVariable));
        var caBundle = CaBundle();
        if (NonEmpty(target) is { } given && !given.Equals(SinkNames.NoTarget, StringComparison.OrdinalIgnoreCase))
            return (ParseWithoutPassword(given, SinkMessages.PasswordInTargetOnBatch), "option");
        if (NonEmpty(environment(SinkNames.DatabaseVariable)) is { } fromEnvironment)
            return (ParseWithoutPassword(fromEnvironment, SinkMessages.PasswordInVariableOnBatch), SinkNames.DatabaseVariable);
        if (NonEmpty(environment(SinkNames.SsmParameterVariable)) is { } parameter)
        {
            var value = await readSecureParameter(parameter, cancellationToken).ConfigureAwait(false);
            return (SinkTarget.Parse(value, schema, caBundle), $"{SinkNames.SsmParameterVariable} ({parameter})");
        }
        if (OnBatch)
            throw new JobFailedException(ExitCodes.Usage, SinkMessages.NoDatabaseOnBatch);
        return (new SinkTarget.Sqlite(Path.Combine(DefaultDirectory ?? Environment.CurrentDirectory, SinkNames.DefaultSqliteFile)), "default");

        // On Batch only the SSM parameter may hold a password: the job's parameters and its definition's environment are readable.
        SinkTarget ParseWithoutPassword(string text, string refusal)
        {
            var parsed = SinkTarget.Parse(text, schema, caBundle);
            return OnBatch && parsed is SinkTarget.Postgres { Connection.Password: { Length: > 0 } }
                ? throw new JobFailedException(ExitCodes.Usage, refusal)
                : parsed;
        }
    }

    private string? CaBundle()
    {
        var path = NonEmpty(environment(SinkNames.CaBundleVariable));
        return path is null || File.Exists(path) ? path : throw new JobFailedException(ExitCodes.Usage, SinkMessages.CaBundleMissing(path));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
