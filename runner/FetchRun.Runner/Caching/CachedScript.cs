namespace FetchRun.Runner.Caching;

/// <summary>An assembly a script runs with besides its own: from a restored package or a <c>#r "lib.dll"</c>.</summary>
/// <param name="Name">The assembly's simple name, by which the script's load context finds it.</param>
/// <param name="Image">The assembly's bytes.</param>
internal sealed record LibraryImage(string Name, byte[] Image);

/// <summary>What a compile-cache entry holds: the compiled script, the assemblies it runs with, and the packages they came from.</summary>
/// <param name="Assembly">The script assembly (with its embedded PDB).</param>
/// <param name="Libraries">Package and <c>#r</c> assemblies, none of them one the runner already has.</param>
/// <param name="Packages">The resolved packages, <c>Id Version</c> each, frozen when the entry was written.</param>
internal sealed record CachedScript(byte[] Assembly, IReadOnlyList<LibraryImage> Libraries, IReadOnlyList<string> Packages)
{
    public static CachedScript Alone(byte[] assembly) => new(assembly, [], []);
}
