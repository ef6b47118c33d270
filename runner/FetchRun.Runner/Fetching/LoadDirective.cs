namespace FetchRun.Runner.Fetching;

/// <summary>One <c>#load "path"</c> of a script: the path as written and its 1-based line.</summary>
internal sealed record LoadDirective(string Path, int Line);
