using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Yardstick.Pricing.Tests;

/// <summary>A real HTTP/1.1 server on 127.0.0.1 (a free port) answering every request with one status and body, then closing.</summary>
internal sealed class LoopbackFeedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackFeedServer(int status, string body)
    {
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/v1/models");
        _loop = ServeAsync(status, body);
    }

    public Uri Url { get; }

    /// <summary>The request lines received, e.g. <c>GET /api/v1/models HTTP/1.1</c>.</summary>
    public List<string> Requests { get; } = [];

    private async Task ServeAsync(int status, string body)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await using var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
                var requestLine = await reader.ReadLineAsync(_stop.Token);
                lock (Requests)
                    Requests.Add(requestLine ?? "");
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync(_stop.Token)))
                {
                    // Headers are read and ignored: the answer does not depend on them.
                }
                var bytes = Encoding.UTF8.GetBytes(body);
                var head = $"HTTP/1.1 {status} {(status == 200 ? "OK" : "Error")}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                await stream.WriteAsync(bytes, _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped by DisposeAsync.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (SocketException)
        {
            // The listener was stopped while accepting.
        }
        _stop.Dispose();
    }
}
