using System.Net;

namespace FetchRun.TestSupport.NlpEmulator;

/// <summary>A JSON 1.1 error answer: status, <c>__type</c> and message.</summary>
internal sealed record EmulatorError(HttpStatusCode Status, string Type, string Message)
{
    public static EmulatorError BadRequest(string type, string message) => new(HttpStatusCode.BadRequest, type, message);

    public static EmulatorError Forbidden(string type, string message) => new(HttpStatusCode.Forbidden, type, message);

    public static EmulatorError ServerError() => new(HttpStatusCode.InternalServerError, "InternalServerException", "Internal server error (injected by the emulator)");
}
