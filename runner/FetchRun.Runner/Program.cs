using FetchRun.Runner.Bootstrap;
using FetchRun.Runner.Cli;
using FetchRun.Runner.Commands;
using FetchRun.Sdk;

namespace FetchRun.Runner;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var env = ProcessEnvironment.Instance;
        try
        {
            switch (CommandLineParser.Parse(args, env))
            {
                case ParsedCommand.Help:
                    Console.Out.Write(HelpText.Build());
                    return ExitCodes.Success;
                case ParsedCommand.Version:
                    Console.Out.WriteLine(HelpText.Version);
                    return ExitCodes.Success;
                case ParsedCommand.Execute execute:
                    var code = await new JobCommand(execute.Options, env, Console.Error, Environment.Exit).RunAsync().ConfigureAwait(false);
                    // Ends the process even if the script left foreground threads behind.
                    Environment.Exit(code);
                    return code;
                default:
                    throw new InvalidOperationException("unreachable");
            }
        }
        catch (CommandLineException e)
        {
            await Console.Error.WriteLineAsync($"fetchrun: {e.Message}\nRun 'fetchrun --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
    }
}
