using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FetchRun.Runner.Fetching;
using FetchRun.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Text;

namespace FetchRun.Runner.Compilation;

/// <summary>
/// The only type that touches Roslyn. It is reached through <see cref="ScriptCompiler"/> on a cache miss,
/// so that a cache hit never loads the compiler's assemblies.
/// </summary>
internal static class RoslynCompiler
{
    public static CompileResult Compile(ScriptBundle bundle, ScriptReferences references)
    {
        var directives = DirectiveReferences(references);
        var runner = RunnerAssemblies.CompileReferences().Select(p => MetadataReference.CreateFromFile(p)).ToList();
        var options = ScriptOptions.Default
            .WithReferences([.. runner, .. directives])
            .WithImports(ScriptCompilationSettings.Imports)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithEmitDebugInformation(true)
            .WithFilePath(bundle.Main.Path)
            .WithFileEncoding(Encoding.UTF8)
            .WithSourceResolver(new BundleSourceResolver(bundle))
            .WithMetadataResolver(new BundleReferenceResolver(directives.FirstOrDefault() ?? runner[^1]))
            .WithLanguageVersion(LanguageVersion.Latest);
        var compilation = CSharpScript.Create(bundle.Main.Text, options, typeof(JobGlobals)).GetCompilation();

        using var assembly = new MemoryStream();
        var embedded = bundle.All.Select(f => EmbeddedText.FromSource(f.Path, SourceText.From(f.Text, Encoding.UTF8)));
        var emitted = compilation.Emit(assembly, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded), embeddedTexts: embedded);
        var diagnostics = emitted.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .OrderBy(d => d.Severity == DiagnosticSeverity.Error ? 0 : 1)
            .ThenBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        var lines = diagnostics.Select(d => CSharpDiagnosticFormatter.Instance.Format(d, CultureInfo.InvariantCulture)).ToList();
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        return new CompileResult(emitted.Success ? assembly.ToArray() : null, lines, errors);
    }

    private static ImmutableArray<PortableExecutableReference> DirectiveReferences(ScriptReferences references) =>
    [
        .. references.Libraries.Select(l => MetadataReference.CreateFromImage(l.Image, filePath: l.Name + ".dll")),
        .. references.RunnerAssemblies.Select(name => MetadataReference.CreateFromFile(RunnerAssemblies.ByName[name])),
    ];
}
