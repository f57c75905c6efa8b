using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Yardstick.Testing.Faults;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 that injects one <see cref="FaultKind"/> per request,
/// written on raw sockets so that every byte (a reset, half a chunk, invalid UTF-8, no status line at all) is exactly
/// what the test asks for. Each response closes its connection. Requests other than POST …/chat/completions get 404.
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<int, FaultKind> _schedule;
    private readonly FaultResponder _responder;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly Task _accepting;
    private int _sequence = -1;

    private FaultServer(Func<int, FaultKind> schedule, FaultServerOptions options)
    {
        _schedule = schedule;
        _responder = new FaultResponder(options);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1");
        _accepting = AcceptAsync();
    }

    /// <summary>Every request gets <paramref name="kind"/>.</summary>
    public static FaultServer Start(FaultKind kind, FaultServerOptions? options = null) => Start(_ => kind, options);

    /// <summary>Request number n (from 0, in arrival order) gets <c>schedule(n)</c>.</summary>
    public static FaultServer Start(Func<int, FaultKind> schedule, FaultServerOptions? options = null) =>
        new(schedule, options ?? new FaultServerOptions());

    /// <summary>The OpenAI-style base URL, <c>http://127.0.0.1:PORT/v1</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Chat-completions requests received so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests.OrderBy(r => r.Sequence)];

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _connections.Add(Task.Run(() => ServeAsync(socket)));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var _ = socket;
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        try
        {
            var head = await ReadHeadAsync(stream, _stopping.Token);
            if (head is null)
                return;
            var (method, path, headers) = head.Value;
            var body = headers.TryGetValue("content-length", out var length) && int.TryParse(length, out var bytes)
                ? await ReadBodyAsync(stream, bytes, _stopping.Token)
                : "";
            if (method != "POST" || !path.EndsWith("/chat/completions", StringComparison.Ordinal))
            {
                await FaultResponder.WriteStatusAsync(stream, 404, "Not Found", "application/json", "{\"error\":{\"message\":\"not found\"}}", [], _stopping.Token);
                return;
            }
            var sequence = Interlocked.Increment(ref _sequence);
            var request = new ReceivedRequest(sequence, method, path, headers, body, _schedule(sequence));
            _requests.Enqueue(request);
            await _responder.RespondAsync(socket, stream, request, _stopping.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client gave up (a timeout, a cancelled run) or the server is stopping: nothing left to answer.
        }
    }

    private static async Task<(string Method, string Path, Dictionary<string, string> Headers)?> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (bytes.Count < 64 * 1024)
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
                return null;
            bytes.Add(one[0]);
            if (bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n')
                break;
        }
        var lines = Encoding.ASCII.GetString([.. bytes]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
                headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        return (requestLine[0], requestLine.Length > 1 ? requestLine[1] : "/", headers);
    }

    private static async Task<string> ReadBodyAsync(Stream stream, int length, CancellationToken cancellationToken)
    {
        var buffer = new byte[length];
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return Encoding.UTF8.GetString(buffer);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting;
        await Task.WhenAll(_connections);
        _stopping.Dispose();
    }
}
