using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Fetching;

/// <summary>
/// Where a <c>#load</c> may reach: only the including script's own scheme and, for S3, its bucket (for HTTPS, its
/// host). A script in S3 cannot pull code from the machine it runs on, the web or another bucket, and a local
/// script cannot pull code from S3 or the web; the closure stays where its uploader's permissions apply.
/// </summary>
internal static class LoadScope
{
    /// <summary>Resolves a directive against the file that contains it.</summary>
    /// <exception cref="JobFailedException">Exit code 64, naming <c>file(line)</c>, when the path is malformed or out of scope.</exception>
    public static ObjectUri Resolve(ScriptFile including, LoadDirective directive)
    {
        ObjectUri target;
        try
        {
            target = including.Uri.Resolve(directive.Path);
        }
        catch (JobFailedException e)
        {
            throw Refused(including, directive, e.Message);
        }
        catch (UriFormatException e)
        {
            throw Refused(including, directive, e.Message);
        }
        if (Scope(target) != Scope(including.Uri))
            throw Refused(including, directive, $"it names {target}, outside {Scope(including.Uri)}; a script may #load only from {Scope(including.Uri)}");
        return target;
    }

    private static string Scope(ObjectUri uri) => uri.Scheme switch
    {
        ObjectScheme.S3 => $"the bucket s3://{uri.Bucket}/",
        ObjectScheme.Https => $"the site {new Uri(uri.Location).GetLeftPart(UriPartial.Authority)}/",
        _ => "local files",
    };

    private static JobFailedException Refused(ScriptFile including, LoadDirective directive, string why) =>
        new(ExitCodes.Usage, $"{including.Path}({directive.Line}): #load \"{directive.Path}\" is refused: {why}");
}
