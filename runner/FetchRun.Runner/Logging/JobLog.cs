using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FetchRun.Runner.Cli;
using FetchRun.Sdk;

namespace FetchRun.Runner.Logging;

/// <summary>
/// One line per record on stderr: a JSON object when not on a terminal (CloudWatch), readable text on a
/// terminal. Every line carries the job id, attempt and array index; secrets are redacted.
/// </summary>
internal sealed class JobLog : IJobLog
{
    private readonly TextWriter _output;
    private readonly bool _json;
    private readonly JobInfo _job;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();

    public JobLog(TextWriter output, LogFormat format, JobInfo job, TimeProvider? clock = null, bool? isTerminal = null)
    {
        _output = output;
        _job = job;
        _clock = clock ?? TimeProvider.System;
        _json = format switch
        {
            LogFormat.Json => true,
            LogFormat.Text => false,
            _ => !(isTerminal ?? !Console.IsErrorRedirected),
        };
    }

    public void Info(string message, params (string Name, object? Value)[] fields) => Write("info", message, fields);

    public void Warn(string message, params (string Name, object? Value)[] fields) => Write("warn", message, fields);

    public void Error(string message, params (string Name, object? Value)[] fields) => Write("error", message, fields);

    /// <summary>Writes lines as they are (compiler diagnostics keep their <c>file(line,col): error</c> form).</summary>
    public void Raw(string text)
    {
        lock (_gate)
        {
            _output.WriteLine(SecretRedactor.Redact(text));
            _output.Flush();
        }
    }

    private void Write(string level, string message, (string Name, object? Value)[] fields)
    {
        var line = _json ? JsonLine(level, message, fields) : TextLine(level, message, fields);
        lock (_gate)
        {
            _output.WriteLine(line);
            _output.Flush();
        }
    }

    private string JsonLine(string level, string message, (string Name, object? Value)[] fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("time", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("level", level);
            json.WriteString("msg", SecretRedactor.Redact(message));
            json.WriteString("job_id", _job.Id);
            json.WriteNumber("attempt", _job.Attempt);
            json.WriteNumber("array_index", _job.ArrayIndex);
            foreach (var (name, value) in fields)
            {
                json.WritePropertyName(name);
                WriteValue(json, name, value);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int or long or short or byte:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                json.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(Text(name, value));
                break;
        }
    }

    private string TextLine(string level, string message, (string Name, object? Value)[] fields)
    {
        var text = new StringBuilder();
        text.Append(_clock.GetLocalNow().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture))
            .Append(' ').Append(level.ToUpperInvariant().PadRight(5))
            .Append(" [").Append(_job.Id).Append('#').Append(_job.Attempt).Append('/').Append(_job.ArrayIndex).Append("] ")
            .Append(SecretRedactor.Redact(message));
        foreach (var (name, value) in fields)
            text.Append(' ').Append(name).Append('=').Append(value is null ? "null" : Text(name, value));
        return text.ToString();
    }

    private static string Text(string name, object value) => SecretRedactor.IsSecretName(name)
        ? SecretRedactor.Mask
        : SecretRedactor.Redact(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
}
