namespace FetchRun.Runner.Caching;

/// <summary>What a command may do with the shared S3 compile cache.</summary>
internal enum SharedCacheAccess
{
    /// <summary><c>fetchrun run</c>: read entries; a miss is compiled and kept in the local directory only.</summary>
    Read,

    /// <summary><c>fetchrun check</c>: compile from the fetched source (unless the shared entry exists) and write the entry.</summary>
    Fill,
}
