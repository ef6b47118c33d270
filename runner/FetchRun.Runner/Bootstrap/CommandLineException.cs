namespace FetchRun.Runner.Bootstrap;

/// <summary>A bad option, parameter or environment value: exit code 64 with this message and the usage hint.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
