using Npgsql;

namespace FetchRun.Sdk.Sinks.Postgres;

/// <summary>
/// Runs one sink operation with a short, bounded retry when the server is unreachable, then turns the
/// failure into the job's exit code. Every operation is idempotent, so a retry after a commit whose
/// outcome is unknown is safe.
/// </summary>
internal sealed class PostgresRetry(PostgresSinkOptions options, NpgsqlDataSource dataSource, string description, string? password)
{
    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var delay = options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var failure = PostgresErrors.Classify(ex);
                if (failure == PostgresFailure.Other)
                    throw;
                if (failure == PostgresFailure.Transient && attempt < options.MaxAttempts)
                {
                    // Pooled connections to a restarted server are dead; do not hand them out again.
                    dataSource.Clear();
                    await Task.Delay(delay, options.Clock, cancellationToken).ConfigureAwait(false);
                    delay *= 2;
                    continue;
                }
                throw ToJobFailure(failure, operation, attempt, ex);
            }
        }
    }

    private JobFailedException ToJobFailure(PostgresFailure failure, string operation, int attempts, Exception cause)
    {
        var detail = Redact(cause.Message);
        return failure switch
        {
            PostgresFailure.PermissionDenied => new JobFailedException(ExitCodes.PermissionDenied,
                $"The database {description} refused access ({operation}): {detail}", cause),
            PostgresFailure.TlsRefused => new JobFailedException(ExitCodes.PermissionDenied,
                $"The database {description} could not be reached over TLS ({operation}): {Redact(PostgresErrors.TlsFailure(cause)!.Message)} " +
                $"See docs/database.md (TLS): {SinkNames.CaBundleVariable}, sslrootcert and sslmode.", cause),
            PostgresFailure.NotFound => new JobFailedException(ExitCodes.NotFound,
                $"The database {description} does not exist ({operation}): {detail}", cause),
            _ => new JobFailedException(ExitCodes.Temporary,
                $"The database {description} is unavailable ({operation}, {attempts} attempts): {detail}", cause),
        };
    }

    private string Redact(string message) =>
        string.IsNullOrEmpty(password) ? message : message.Replace(password, "***", StringComparison.Ordinal);
}
