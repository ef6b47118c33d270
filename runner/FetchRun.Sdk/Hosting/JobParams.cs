using System.Collections;
using System.Globalization;

namespace FetchRun.Sdk;

/// <summary>The job's <c>--param k=v</c> values, with typed getters that name the parameter when a value is bad.</summary>
public sealed class JobParams : IReadOnlyDictionary<string, string>
{
    private readonly Dictionary<string, string> _values;

    /// <summary>Creates the parameters from name/value pairs (names are case-sensitive).</summary>
    public JobParams(IEnumerable<KeyValuePair<string, string>> values) => _values = new(values, StringComparer.Ordinal);

    /// <summary>The value, or <paramref name="fallback"/> when the parameter was not given.</summary>
    public string Get(string name, string fallback) => _values.TryGetValue(name, out var v) ? v : fallback;

    /// <summary>The value as an integer in [min, max], or <paramref name="fallback"/>.</summary>
    /// <exception cref="JobFailedException">Exit code 64 when the value is not such an integer.</exception>
    public int GetInt(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        if (!_values.TryGetValue(name, out var text))
            return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new JobFailedException(ExitCodes.Usage, $"parameter '{name}' must be an integer from {min} to {max}, not '{text}'.");
        return value;
    }

    /// <summary>The value as a number in [min, max], or <paramref name="fallback"/>.</summary>
    /// <exception cref="JobFailedException">Exit code 64 when the value is not such a number.</exception>
    public double GetDouble(string name, double fallback, double min = double.MinValue, double max = double.MaxValue)
    {
        if (!_values.TryGetValue(name, out var text))
            return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new JobFailedException(ExitCodes.Usage, $"parameter '{name}' must be a number from {min} to {max}, not '{text}'.");
        return value;
    }

    /// <inheritdoc />
    public string this[string key] => _values.TryGetValue(key, out var v)
        ? v
        : throw new JobFailedException(ExitCodes.Usage, $"parameter '{key}' is required (pass --param {key}=…).");

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public IEnumerable<string> Values => _values.Values;

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
