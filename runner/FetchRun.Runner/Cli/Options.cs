namespace FetchRun.Runner.Cli;

/// <summary>
/// Every option of <c>fetchrun run</c> and <c>fetchrun check</c>. Each has a <c>FETCHRUN_*</c> variable, used
/// when the option is absent from the command line. The literal value <c>none</c> means "not set", because
/// Batch job definitions reject empty parameter defaults.
/// </summary>
internal static class Options
{
    public const string NoValue = "none";

    public static readonly OptionSpec Script = new("<script-uri>", "FETCHRUN_SCRIPT", "uri",
        "The job script: s3://bucket/key[?versionId=…], https://…, file://… or a local path.");

    public static readonly OptionSpec Input = new("--input", "FETCHRUN_INPUT", "uri[,uri…]",
        "An input shard or prefix (ending in '/'); repeatable. Prefixes expand to their sorted keys; an array child keeps those whose position mod AWS_BATCH_JOB_ARRAY_SIZE equals AWS_BATCH_JOB_ARRAY_INDEX.", Repeatable: true);

    public static readonly OptionSpec Param = new("--param", "FETCHRUN_PARAMS", "k=v[;k=v…]",
        "A script parameter, read by the script as Params[\"k\"]; repeatable.", Repeatable: true);

    public static readonly OptionSpec ScriptSha256 = new("--script-sha256", "FETCHRUN_SCRIPT_SHA256", "hex",
        "Refuse to run unless the SHA-256 of the script and its closure (#load files, #r dll files; the #r nuget list is script text) is this (exit 77): for a script with neither, its plain sha256sum. 'fetchrun check' prints it; docs/writing-jobs.md defines it.");

    public static readonly OptionSpec Cache = new("--cache", "FETCHRUN_CACHE", "local|off|s3://bucket/prefix/",
        "Where compiled scripts are kept: the local directory (FETCHRUN_CACHE_DIR), off, or an S3 prefix shared by array children (in addition to the local directory). Default local. 'run' only reads the S3 prefix (a miss is compiled and kept locally); 'check' compiles and writes it, so the upload step fills it.");

    public static readonly OptionSpec Timeout = new("--timeout", "FETCHRUN_TIMEOUT", "duration",
        "Deadline for the job, counted from the runner's start (e.g. 90s, 15m, 2h); when it passes, Cancellation fires as for SIGTERM.");

    public static readonly OptionSpec Grace = new("--grace", "FETCHRUN_GRACE", "duration",
        "How long the script has to finish after Cancellation fires before the runner exits 143 itself. Default 25s (ECS sends SIGKILL 30 s after SIGTERM).");

    public static readonly OptionSpec LogFormat = new("--log-format", "FETCHRUN_LOG_FORMAT", "auto|json|text",
        "JSON lines (CloudWatch), readable text, or auto: text on a terminal, JSON otherwise.");

    public static IReadOnlyList<OptionSpec> All { get; } = [Script, Input, Param, ScriptSha256, Cache, Timeout, Grace, LogFormat];
}
