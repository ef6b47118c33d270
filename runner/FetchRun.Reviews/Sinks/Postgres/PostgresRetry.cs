using FetchRun.Sdk.Retries;
using Npgsql;

namespace FetchRun.Reviews.Sinks.Postgres;

/// <summary>
/// Runs one sink operation with a short, bounded retry when the server is unreachable, then turns the
/// failure into the job's exit code. Every operation is idempotent, so a retry after a commit whose
/// outcome is unknown is safe.
/// </summary>
internal sealed class PostgresRetry
{
    private readonly TransientRetry _retry;
    private readonly string _description;
    private readonly string? _password;

    public PostgresRetry(PostgresSinkOptions options, NpgsqlDataSource dataSource, string description, string? password)
    {
        _description = description;
        _password = password;
        // Pooled connections to a restarted server are dead; do not hand them out again.
        _retry = new TransientRetry(e => PostgresErrors.Classify(e) == PostgresFailure.Transient, options.RetryDelay,
            TimeSpan.FromMinutes(1), options.MaxAttempts, options.Clock, jitter: false, beforeRetry: _ => dataSource.Clear());
    }

    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.RunAsync(action, (e, attempts) => ToJobFailure(PostgresFailure.Transient, operation, attempts, e), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not JobFailedException && (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            && PostgresErrors.Classify(ex) is var failure && failure != PostgresFailure.Other)
        {
            throw ToJobFailure(failure, operation, 1, ex);
        }
    }

    private JobFailedException ToJobFailure(PostgresFailure failure, string operation, int attempts, Exception cause)
    {
        var detail = Redact(cause.Message);
        return failure switch
        {
            PostgresFailure.PermissionDenied => new JobFailedException(ExitCodes.PermissionDenied,
                $"The database {_description} refused access ({operation}): {detail}", cause),
            PostgresFailure.TlsRefused => new JobFailedException(ExitCodes.PermissionDenied,
                $"The database {_description} could not be reached over TLS ({operation}): {Redact(PostgresErrors.TlsFailure(cause)!.Message)} " +
                $"See docs/database.md (TLS): {SinkNames.CaBundleVariable}, sslrootcert and sslmode.", cause),
            PostgresFailure.NotFound => new JobFailedException(ExitCodes.NotFound,
                $"The database {_description} does not exist ({operation}): {detail}", cause),
            _ => new JobFailedException(ExitCodes.Temporary,
                $"The database {_description} is unavailable ({operation}, {attempts} attempts): {detail}", cause),
        };
    }

    private string Redact(string message) =>
        string.IsNullOrEmpty(_password) ? message : message.Replace(_password, "***", StringComparison.Ordinal);
}
