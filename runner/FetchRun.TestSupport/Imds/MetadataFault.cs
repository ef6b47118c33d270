namespace FetchRun.TestSupport.Imds;

/// <summary>A failure the metadata stand-in serves instead of a normal answer.</summary>
public enum MetadataFault
{
    /// <summary>HTTP 503, as a busy or restarting service answers.</summary>
    ServerError,

    /// <summary>No answer until the client gives up (the request is held, then dropped).</summary>
    Timeout,

    /// <summary>HTTP 401, and every token issued so far stops being valid (as when a token expires).</summary>
    TokenRefused,
}
