using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Yardstick.Core.Providers;

namespace Yardstick.Providers.Http;

/// <summary>Turns what can go wrong with an HTTP stream into a <see cref="ProviderException"/> of a known kind.</summary>
internal static class HttpFailures
{
    private const int MaxErrorBodyBytes = 2048;

    /// <summary>An exception from sending the request or reading the body; null when it is the caller's cancellation.</summary>
    public static ProviderException? FromException(Exception exception, RequestTimeouts timeouts, bool bodyStarted)
    {
        if (exception is ProviderException provider)
            return provider;
        if (exception is OperationCanceledException && timeouts.CallerCancelled)
            return null;
        if (exception is OperationCanceledException && timeouts.TimedOut)
        {
            var seconds = timeouts.CurrentLimit.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            return timeouts.Phase == RequestPhase.AwaitingHeaders
                ? new ProviderException(ErrorKind.FirstByteTimeout, $"No response headers within {seconds} s (first-byte timeout).", inner: exception)
                : new ProviderException(ErrorKind.IdleTimeout, $"The stream stalled: no data for {seconds} s (idle timeout).", inner: exception);
        }
        if (Find<TimeoutException>(exception) is { } timeout)
            return new ProviderException(ErrorKind.ConnectTimeout, timeout.Message, inner: exception);
        if (Find<SocketException>(exception) is { } socket)
        {
            var kind = socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => ErrorKind.ConnectionRefused,
                SocketError.TimedOut => ErrorKind.ConnectTimeout,
                // A reset before the headers is still a response stream that ended before its terminator.
                SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown => ErrorKind.StreamCut,
                _ => bodyStarted ? ErrorKind.StreamCut : ErrorKind.Unknown,
            };
            return new ProviderException(kind, $"{socket.SocketErrorCode}: {socket.Message}", inner: exception);
        }
        if (exception is HttpRequestException or HttpIOException or IOException)
            return new ProviderException(bodyStarted ? ErrorKind.StreamCut : ErrorKind.Unknown, exception.Message, inner: exception);
        return new ProviderException(ErrorKind.Unknown, $"{exception.GetType().Name}: {exception.Message}", inner: exception);
    }

    /// <summary>A non-success status: reads a bounded part of the body for the message and parses Retry-After.</summary>
    public static async Task<ProviderException> FromStatusAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        var kind = status switch
        {
            429 => ErrorKind.RateLimited,
            >= 500 => ErrorKind.ServerError,
            400 or 413 when LooksLikeContextOverflow(body) => ErrorKind.ContextOverflow,
            _ => ErrorKind.ClientError,
        };
        var message = $"HTTP {status} {response.ReasonPhrase}" + (body.Length > 0 ? $": {body}" : "");
        return new ProviderException(kind, message, status, RetryAfter(response.Headers.RetryAfter, DateTimeOffset.UtcNow));
    }

    /// <summary>Retry-After as a delay (seconds or an HTTP date), never negative.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
            return date <= now ? TimeSpan.Zero : date - now;
        return null;
    }

    private static bool LooksLikeContextOverflow(string body) =>
        body.Contains("context length", StringComparison.OrdinalIgnoreCase)
        || body.Contains("context_length", StringComparison.OrdinalIgnoreCase)
        || body.Contains("maximum context", StringComparison.OrdinalIgnoreCase)
        || body.Contains("too many tokens", StringComparison.OrdinalIgnoreCase);

    private static async Task<string> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var buffer = new byte[MaxErrorBodyBytes];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
                total += read;
            return Encoding.UTF8.GetString(buffer, 0, total).Trim();
        }
        catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
        {
            // The status already says the request failed; a body that cannot be read only loses detail.
            return $"(body unreadable: {e.GetType().Name})";
        }
    }

    private static T? Find<T>(Exception exception) where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is T match)
                return match;
        return null;
    }

    public static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;
}
