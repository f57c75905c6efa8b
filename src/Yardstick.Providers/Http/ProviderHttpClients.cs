using System.Net;
using System.Net.Sockets;

namespace Yardstick.Providers.Http;

/// <summary>
/// Builds the HttpClient the measuring providers use: no overall timeout (the providers enforce first-byte and idle
/// timeouts themselves), unlimited connections per server (so that C concurrent streams are C connections, not a queue
/// that would inflate TTFT), no automatic decompression (bytes are timed as they arrive), and a connect timeout that
/// surfaces as its own error kind. On Linux each connection's socket is read with kernel receive timestamps
/// (<see cref="KernelTimestampedSocketStream"/>), so that event times do not depend on how busy the client is.
/// </summary>
public static class ProviderHttpClients
{
    public static HttpClient Create(TimeSpan connectTimeout, bool kernelTimestamps = true)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            EnableMultipleHttp2Connections = true,
            UseCookies = false,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context, connectTimeout, kernelTimestamps, cancellationToken),
        };
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, TimeSpan timeout, bool kernelTimestamps, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, limit.Token).ConfigureAwait(false);
            return (kernelTimestamps ? KernelTimestampedSocketStream.TryCreate(socket) : null) ?? new NetworkStream(socket, ownsSocket: true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            // A TimeoutException (not a cancellation) so that HttpClient reports it as a failure of this request.
            throw new TimeoutException($"No connection to {context.DnsEndPoint.Host}:{context.DnsEndPoint.Port} within {timeout.TotalSeconds:0.###} s.");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
