using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace FetchRun.Tests.Reports.Browser;

/// <summary>
/// A minimal client of Chromium's DevTools protocol over its WebSocket: numbered commands answered by id, and
/// events handed to <see cref="EventReceived"/> as they arrive (flattened sessions, so every message names its session).
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Task _receiving;
    private int _lastId;

    private DevToolsConnection(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveAsync);
    }

    /// <summary>(method, params, sessionId) of every event; called on the receiving thread.</summary>
    public event Action<string, JsonElement, string?>? EventReceived;

    public static async Task<DevToolsConnection> ConnectAsync(Uri endpoint, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(endpoint, ct);
        return new DevToolsConnection(socket);
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters, string? sessionId, CancellationToken ct)
    {
        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new Dictionary<string, object?> { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new { } };
        if (sessionId is not null)
            message["sessionId"] = sessionId;
        await _sending.WaitAsync(ct);
        try
        {
            await _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, ct);
        }
        finally
        {
            _sending.Release();
        }
        await using var cancel = ct.Register(() => answer.TrySetCanceled(ct));
        return await answer.Task;
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                message.SetLength(0);
                WebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (received.MessageType == WebSocketMessageType.Close)
                        return;
                    message.Write(buffer, 0, received.Count);
                }
                while (!received.EndOfMessage);
                using var document = JsonDocument.Parse(message.ToArray());
                Dispatch(document.RootElement);
            }
        }
        catch (WebSocketException)
        {
            // The browser went away; pending commands fail below.
        }
        finally
        {
            foreach (var pending in _pending.Values)
                pending.TrySetException(new IOException("the DevTools connection closed"));
        }
    }

    private void Dispatch(JsonElement root)
    {
        if (root.TryGetProperty("id", out var id))
        {
            if (!_pending.TryRemove(id.GetInt32(), out var answer))
                return;
            if (root.TryGetProperty("error", out var error))
                answer.TrySetException(new InvalidOperationException($"DevTools error: {error}"));
            else
                answer.TrySetResult(root.GetProperty("result").Clone());
            return;
        }
        EventReceived?.Invoke(root.GetProperty("method").GetString()!,
            root.TryGetProperty("params", out var parameters) ? parameters.Clone() : default,
            root.TryGetProperty("sessionId", out var session) ? session.GetString() : null);
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
        _sending.Dispose();
    }
}
