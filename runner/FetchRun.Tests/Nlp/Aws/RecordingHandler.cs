using System.Net;
using System.Text;

namespace FetchRun.Tests.Nlp.Aws;

/// <summary>Keeps every request it is sent and answers each with a fixed status and JSON body per X-Amz-Target.</summary>
internal sealed class RecordingHandler(IReadOnlyDictionary<string, string> answers, HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
{
    /// <summary>What was sent, copied at send time (the client disposes its messages).</summary>
    public List<(HttpMethod Method, IReadOnlyDictionary<string, string> Headers, string Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        lock (Requests)
            Requests.Add((request.Method, headers, body));
        var target = request.Headers.GetValues("X-Amz-Target").Single();
        return new HttpResponseMessage(status)
        {
            Content = new StringContent(answers[target], Encoding.UTF8, "application/x-amz-json-1.1"),
        };
    }
}
