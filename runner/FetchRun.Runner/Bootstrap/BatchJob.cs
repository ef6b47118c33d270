using System.Globalization;
using FetchRun.Sdk;

namespace FetchRun.Runner.Bootstrap;

/// <summary>Reads who this job is from the variables AWS Batch sets.</summary>
internal static class BatchJob
{
    public static JobInfo FromEnvironment(IEnvironment env)
    {
        var id = env.Get(EnvironmentVariables.BatchJobId);
        var size = Number(env, EnvironmentVariables.BatchArraySize, 1, min: 1);
        var index = Number(env, EnvironmentVariables.BatchArrayIndex, 0, min: 0);
        if (index >= size)
            throw new CommandLineException($"{EnvironmentVariables.BatchArrayIndex}={index} is not below {EnvironmentVariables.BatchArraySize}={size}.");
        return new JobInfo(
            id ?? JobInfo.LocalId,
            Number(env, EnvironmentVariables.BatchJobAttempt, 1, min: 1),
            index,
            size,
            env.Get(EnvironmentVariables.BatchQueue),
            env.Get(EnvironmentVariables.BatchComputeEnvironment));
    }

    /// <summary>Who this job is, for the log lines written before the environment is validated: malformed values are ignored.</summary>
    public static JobInfo BestEffort(IEnvironment env)
    {
        try
        {
            return FromEnvironment(env);
        }
        catch (CommandLineException)
        {
            return new JobInfo(env.Get(EnvironmentVariables.BatchJobId) ?? JobInfo.LocalId, 1, 0, 1, null, null);
        }
    }

    private static int Number(IEnvironment env, string name, int fallback, int min)
    {
        var text = env.Get(name);
        if (text is null)
            return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min)
            throw new CommandLineException($"{name}='{text}' is not a whole number of at least {min}.");
        return value;
    }
}
