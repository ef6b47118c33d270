using FetchRun.Runner.Bootstrap;
using FetchRun.Runner.Cli;
using FetchRun.Runner.Commands;
using FetchRun.Runner.Logging;
using FetchRun.Sdk;

namespace FetchRun.Runner;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var env = ProcessEnvironment.Instance;
        // Made before parsing, so that even a bad command line or a crash ends as one log line.
        var log = new JobLog(Console.Error, CommandLineParser.LogFormatHint(args, env), BatchJob.BestEffort(env));
        // A throw on a thread the script started would otherwise abort the process (exit 134, bare stack trace).
        AppDomain.CurrentDomain.UnhandledException += (_, e) => Environment.Exit(Failures.ReportUnhandled(log, e.ExceptionObject));
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
                    var job = BatchJob.FromEnvironment(env);
                    var code = await new JobCommand(execute.Options, job, log, env, Console.Out, Environment.Exit).RunAsync().ConfigureAwait(false);
                    // Ends the process even if the script left foreground threads behind.
                    Environment.Exit(code);
                    return code;
                default:
                    throw new InvalidOperationException("unreachable");
            }
        }
        catch (Exception e)
        {
            return Failures.Report(log, e);
        }
    }
}
