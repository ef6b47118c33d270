namespace FetchRun.Runner.Compilation;

/// <summary>A compiled script (assembly with embedded PDB), or the diagnostics that stopped it.</summary>
/// <param name="Assembly">The assembly bytes; null when compilation failed.</param>
/// <param name="Diagnostics">Errors and warnings as <c>file(line,col): error CSxxxx: message</c>.</param>
/// <param name="ErrorCount">How many of them are errors.</param>
internal sealed record CompileResult(byte[]? Assembly, IReadOnlyList<string> Diagnostics, int ErrorCount)
{
    public bool Succeeded => Assembly is not null;
}
