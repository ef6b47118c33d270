using System.Text.Json;

namespace FetchRun.Tests.Reports.Browser;

/// <summary>Which DevTools events mean the page went wrong, and a one-line description of each.</summary>
internal static class PageErrors
{
    public static string? Describe(string method, JsonElement parameters) => method switch
    {
        "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() is "error" or "assert" =>
            "console." + parameters.GetProperty("type").GetString() + ": " +
            string.Join(" ", parameters.GetProperty("args").EnumerateArray().Select(a =>
                a.TryGetProperty("value", out var v) ? v.ToString() : a.TryGetProperty("description", out var d) ? d.GetString() : "?")),
        "Runtime.exceptionThrown" => "uncaught: " + (parameters.GetProperty("exceptionDetails").TryGetProperty("exception", out var e)
            && e.TryGetProperty("description", out var description) ? description.GetString() : parameters.GetProperty("exceptionDetails").GetProperty("text").GetString()),
        "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error" =>
            "log: " + parameters.GetProperty("entry").GetProperty("text").GetString(),
        "Page.javascriptDialogOpening" => $"dialog ({parameters.GetProperty("type").GetString()}): {parameters.GetProperty("message").GetString()}",
        _ => null,
    };
}
