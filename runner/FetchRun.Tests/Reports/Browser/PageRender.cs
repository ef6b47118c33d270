using System.Text.Json;

namespace FetchRun.Tests.Reports.Browser;

/// <summary>What a page did in the browser.</summary>
/// <param name="Errors">Console errors and assertions, uncaught exceptions, error log entries and dialogs (an <c>alert</c> is a script that ran).</param>
/// <param name="Ready">The value of the ready expression, or undefined when it threw.</param>
/// <param name="Screenshot">The PNG of the whole page.</param>
internal sealed record PageRender(IReadOnlyList<string> Errors, JsonElement Ready, string Screenshot);
