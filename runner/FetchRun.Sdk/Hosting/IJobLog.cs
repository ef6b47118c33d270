namespace FetchRun.Sdk;

/// <summary>
/// Structured log lines: one JSON object per line when not on a terminal (CloudWatch), readable text
/// on a terminal. Every line carries the job id, attempt and array index.
/// </summary>
public interface IJobLog
{
    /// <summary>Writes an informational line with optional fields, e.g. <c>Log.Info("batch", ("rows", 25))</c>.</summary>
    void Info(string message, params (string Name, object? Value)[] fields);

    /// <summary>Writes a warning line.</summary>
    void Warn(string message, params (string Name, object? Value)[] fields);

    /// <summary>Writes an error line.</summary>
    void Error(string message, params (string Name, object? Value)[] fields);
}
