using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FetchRun.TestSupport.Imds;

/// <summary>
/// A loopback stand-in for the EC2 instance metadata service (IMDSv2): PUT /latest/api/token hands out a
/// token; GET /latest/meta-data/spot/instance-action answers 404 until a notice is set, 401 without a
/// valid token.
/// </summary>
public sealed class MetadataStandIn : IAsyncDisposable
{
    private const string Token = "stand-in-token";
    private readonly WebApplication _app;
    private volatile string? _notice;
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
        app.MapPut("/latest/api/token", (HttpContext context) =>
        {
            Interlocked.Increment(ref standIn._tokenRequests);
            return context.Request.Headers.ContainsKey("X-aws-ec2-metadata-token-ttl-seconds")
                ? Results.Text(Token)
                : Results.BadRequest();
        });
        app.MapGet("/latest/meta-data/spot/instance-action", (HttpContext context) =>
        {
            Interlocked.Increment(ref standIn._noticePolls);
            if (context.Request.Headers["X-aws-ec2-metadata-token"] != Token)
                return Results.Unauthorized();
            return standIn._notice is { } notice ? Results.Text(notice, "application/json") : Results.NotFound();
        });
        await app.StartAsync().ConfigureAwait(false);
        return standIn;
    }

    /// <summary>Publishes a termination notice two minutes ahead, as EC2 does.</summary>
    public void AnnounceTermination(DateTimeOffset now) =>
        _notice = $$"""{"action":"terminate","time":"{{now.AddMinutes(2).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}""";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
