using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Fetching;

/// <summary>
/// Where a <c>#load</c> or <c>#r "lib.dll"</c> may reach: only the including script's own scheme and, for S3, its bucket (for HTTPS, its
/// host). A script in S3 cannot pull code from the machine it runs on, the web or another bucket, and a local
/// script cannot pull code from S3 or the web; the closure stays where its uploader's permissions apply.
/// </summary>
internal static class LoadScope
{
    /// <summary>Resolves a directive against the file that contains it.</summary>
    /// <exception cref="JobFailedException">Exit code 64, naming <c>file(line)</c>, when the path is malformed or out of scope.</exception>
    public static ObjectUri Resolve(ScriptFile including, LoadDirective directive) =>
        Resolve(including, $"#load \"{directive.Path}\"", directive.Path, directive.Line);

    /// <inheritdoc cref="Resolve(ScriptFile, LoadDirective)"/>
    public static ObjectUri Resolve(ScriptFile including, ReferenceDirective directive) =>
        Resolve(including, $"#r \"{directive.Reference}\"", directive.Reference, directive.Line);

    private static ObjectUri Resolve(ScriptFile including, string directive, string path, int line)
    {
        ObjectUri target;
        try
        {
            target = including.Uri.Resolve(path);
        }
        catch (JobFailedException e)
        {
            throw Refused(including, directive, line, e.Message);
        }
        catch (UriFormatException e)
        {
            throw Refused(including, directive, line, e.Message);
        }
        if (Scope(target) != Scope(including.Uri))
            throw Refused(including, directive, line, $"it names {target}, outside {Scope(including.Uri)}; a script may {directive.Split(' ')[0]} only from {Scope(including.Uri)}");
        return target;
    }

    private static string Scope(ObjectUri uri) => uri.Scheme switch
    {
        ObjectScheme.S3 => $"the bucket s3://{uri.Bucket}/",
        ObjectScheme.Https => $"the site {new Uri(uri.Location).GetLeftPart(UriPartial.Authority)}/",
        _ => "local files",
    };

    private static JobFailedException Refused(ScriptFile including, string directive, int line, string why) =>
        new(ExitCodes.Usage, $"{including.Path}({line}): {directive} is refused: {why}");
}
