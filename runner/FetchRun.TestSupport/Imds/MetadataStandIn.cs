using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FetchRun.TestSupport.Imds;

/// <summary>
/// A loopback stand-in for the EC2 instance metadata service (IMDSv2): PUT /latest/api/token hands out a
/// token (a new one each time, as EC2 does); GET /latest/meta-data/spot/instance-action answers 404 until a
/// notice is set, 401 without a valid token. Faults can be queued for each path, served one per request
/// before normal answers resume.
/// </summary>
public sealed class MetadataStandIn : IAsyncDisposable
{
    private static readonly TimeSpan HeldFor = TimeSpan.FromSeconds(30);
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, bool> _validTokens = new();
    private readonly ConcurrentQueue<MetadataFault> _tokenFaults = new();
    private readonly ConcurrentQueue<MetadataFault> _pollFaults = new();
    private volatile string? _notice;
    private int _noticeFromPoll = int.MaxValue;
    private int _tokenRequests;
    private int _noticePolls;

    private MetadataStandIn(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public int TokenRequests => _tokenRequests;

    public int NoticePolls => _noticePolls;

    public static async Task<MetadataStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = Ports.FreeLoopbackPort();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var standIn = new MetadataStandIn(app) { Url = $"http://127.0.0.1:{port}" };
        app.MapPut("/latest/api/token", async (HttpContext context) =>
        {
            var count = Interlocked.Increment(ref standIn._tokenRequests);
            if (await standIn.FaultAsync(standIn._tokenFaults, context).ConfigureAwait(false) is { } fault)
                return fault;
            if (!context.Request.Headers.ContainsKey("X-aws-ec2-metadata-token-ttl-seconds"))
                return Results.BadRequest();
            var token = $"stand-in-token-{count}";
            standIn._validTokens[token] = true;
            return Results.Text(token);
        });
        app.MapGet("/latest/meta-data/spot/instance-action", async (HttpContext context) =>
        {
            var count = Interlocked.Increment(ref standIn._noticePolls);
            if (await standIn.FaultAsync(standIn._pollFaults, context).ConfigureAwait(false) is { } fault)
                return fault;
            if (!standIn._validTokens.ContainsKey(context.Request.Headers["X-aws-ec2-metadata-token"].ToString()))
                return Results.Unauthorized();
            var notice = standIn._notice;
            return notice is not null && count >= Volatile.Read(ref standIn._noticeFromPoll)
                ? Results.Text(notice, "application/json")
                : Results.NotFound();
        });
        await app.StartAsync().ConfigureAwait(false);
        return standIn;
    }

    /// <summary>Publishes a termination notice two minutes ahead, as EC2 does.</summary>
    public void AnnounceTermination(DateTimeOffset now) => AnnounceTermination(now, fromPoll: 1);

    /// <summary>Publishes a termination notice, served from the <paramref name="fromPoll"/>th notice request on (1-based, counting all).</summary>
    public void AnnounceTermination(DateTimeOffset now, int fromPoll)
    {
        Volatile.Write(ref _noticeFromPoll, fromPoll);
        _notice = $$"""{"action":"terminate","time":"{{now.AddMinutes(2).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}""";
    }

    /// <summary>The next token requests fail like this, in order.</summary>
    public void FailTokenRequests(params MetadataFault[] faults)
    {
        foreach (var fault in faults)
            _tokenFaults.Enqueue(fault);
    }

    /// <summary>The next notice requests fail like this, in order.</summary>
    public void FailNoticePolls(params MetadataFault[] faults)
    {
        foreach (var fault in faults)
            _pollFaults.Enqueue(fault);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<IResult?> FaultAsync(ConcurrentQueue<MetadataFault> faults, HttpContext context)
    {
        if (!faults.TryDequeue(out var fault))
            return null;
        switch (fault)
        {
            case MetadataFault.Timeout:
                try
                {
                    await Task.Delay(HeldFor, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case MetadataFault.TokenRefused:
                _validTokens.Clear();
                return Results.Unauthorized();
            default:
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }
}
