using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FetchRun.TestSupport.NlpEmulator;

/// <summary>
/// A loopback stand-in for Amazon Translate (TranslateText) and Amazon Comprehend (BatchDetectDominantLanguage,
/// BatchDetectSentiment): the JSON 1.1 wire protocol on one URL (the X-Amz-Target picks the operation), SigV4
/// checked against <see cref="NlpEmulatorOptions.SecretAccessKey"/>, the service limits, deterministic answers,
/// an account quota shared by all clients (<see cref="NlpEmulatorOptions.OperationQuotaTps"/>), and switchable latency,
/// throttling, 5xx errors and per-document internal errors. Point a job at it with
/// <c>AWS_ENDPOINT_URL_TRANSLATE</c> and <c>AWS_ENDPOINT_URL_COMPREHEND</c> (or <c>AWS_ENDPOINT_URL</c>) = <see cref="Url"/>.
/// </summary>
public sealed class NlpEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Random _faults;
    private readonly Lock _faultGate = new();

    private NlpEmulator(WebApplication app, NlpEmulatorOptions options)
    {
        _app = app;
        Options = options;
        _faults = new Random(options.Seed);
    }

    /// <summary>The base URL, e.g. <c>http://127.0.0.1:49152/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The switches; change them at any time.</summary>
    public NlpEmulatorOptions Options { get; }

    /// <summary>What has been called so far.</summary>
    public NlpEmulatorCounters Counters { get; } = new();

    /// <summary>Starts the emulator on 127.0.0.1 and a free port.</summary>
    public static async Task<NlpEmulator> StartAsync(NlpEmulatorOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var emulator = new NlpEmulator(app, options ?? new NlpEmulatorOptions());
        app.MapPost("/", emulator.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.Url = new Uri(address.TrimEnd('/') + "/");
        return emulator;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var body = buffer.ToArray();
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var operation = Operation(target);
        if (operation is null)
        {
            await RejectAsync(context, EmulatorError.BadRequest("UnknownOperationException", $"Unknown X-Amz-Target '{target}'")).ConfigureAwait(false);
            return;
        }
        if (SigV4Verifier.Verify(context.Request, body, NlpOperation.ServiceOf(operation), Options) is { } denied)
        {
            await RejectAsync(context, denied).ConfigureAwait(false);
            return;
        }
        Counters.RecordCall(operation);
        if (Options.Latency > TimeSpan.Zero)
            await Task.Delay(Options.Latency, context.RequestAborted).ConfigureAwait(false);
        if (Options.FailAll || Draw(Options.ServerErrorRate))
        {
            Counters.RecordFailed();
            await WriteErrorAsync(context, EmulatorError.ServerError()).ConfigureAwait(false);
            return;
        }
        if (Draw(Options.ThrottleRate) || !WithinQuota(operation))
        {
            Counters.RecordThrottled(operation);
            var type = operation == NlpOperation.TranslateText ? "TooManyRequestsException" : "ThrottlingException";
            await WriteErrorAsync(context, EmulatorError.BadRequest(type, "Rate exceeded")).ConfigureAwait(false);
            return;
        }
        if (!context.Request.ContentType?.StartsWith("application/x-amz-json-1.1", StringComparison.Ordinal) ?? true)
        {
            await RejectAsync(context, EmulatorError.BadRequest("SerializationException", "Content-Type must be application/x-amz-json-1.1")).ConfigureAwait(false);
            return;
        }
        var (answer, error) = Execute(operation, body);
        if (error is not null)
        {
            await RejectAsync(context, error).ConfigureAwait(false);
            return;
        }
        context.Response.ContentType = "application/x-amz-json-1.1";
        await context.Response.WriteAsync(answer!.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    private (JsonObject?, EmulatorError?) Execute(string operation, byte[] body)
    {
        try
        {
            if (JsonNode.Parse(body) is not JsonObject request)
                return (null, EmulatorError.BadRequest("SerializationException", "The body is not a JSON object"));
            return operation switch
            {
                NlpOperation.TranslateText => EmulatedOperations.TranslateText(request, Counters),
                NlpOperation.BatchDetectDominantLanguage => EmulatedOperations.DetectDominantLanguage(request, DocumentFault),
                _ => EmulatedOperations.DetectSentiment(request, DocumentFault),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (null, EmulatorError.BadRequest("SerializationException", e.Message));
        }
    }

    private static string? Operation(string target) => target switch
    {
        NlpOperation.TranslatePrefix + "." + NlpOperation.TranslateText => NlpOperation.TranslateText,
        NlpOperation.ComprehendPrefix + "." + NlpOperation.BatchDetectDominantLanguage => NlpOperation.BatchDetectDominantLanguage,
        NlpOperation.ComprehendPrefix + "." + NlpOperation.BatchDetectSentiment => NlpOperation.BatchDetectSentiment,
        _ => null,
    };

    // The account quota applies to every client together, per operation, as Service Quotas' per-account TPS does
    // (https://docs.aws.amazon.com/comprehend/latest/dg/guidelines-and-limits.html#limits-throttling).
    private bool WithinQuota(string operation) =>
        !Options.OperationQuotaTps.TryGetValue(operation, out var quota) || Counters.TryAdmit(operation, quota);

    private bool DocumentFault()
    {
        if (!Draw(Options.DocumentErrorRate))
            return false;
        Counters.RecordDocumentError();
        return true;
    }

    private bool Draw(double rate)
    {
        if (rate <= 0)
            return false;
        lock (_faultGate)
            return _faults.NextDouble() < rate;
    }

    private Task RejectAsync(HttpContext context, EmulatorError error)
    {
        Counters.RecordRejected();
        return WriteErrorAsync(context, error);
    }

    private static Task WriteErrorAsync(HttpContext context, EmulatorError error)
    {
        context.Response.StatusCode = (int)error.Status;
        context.Response.ContentType = "application/x-amz-json-1.1";
        context.Response.Headers["x-amzn-ErrorType"] = error.Type;
        var json = new JsonObject { ["__type"] = error.Type, ["message"] = error.Message }.ToJsonString();
        return context.Response.WriteAsync(json, context.RequestAborted);
    }
}
