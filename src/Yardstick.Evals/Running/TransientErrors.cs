using Yardstick.Core.Providers;

namespace Yardstick.Evals.Running;

/// <summary>
/// The endpoint errors worth another attempt (rate limits, 5xx, timeouts, cut streams). Protocol errors
/// (MalformedEvent, InvalidUtf8, UnexpectedContentType) are not retried, here as in perf's retries: the endpoint
/// answered, wrongly, and the failed sample records how (docs/reliability.md).
/// </summary>
internal static class TransientErrors
{
    private static readonly HashSet<ErrorKind> Kinds =
    [
        ErrorKind.RateLimited, ErrorKind.ServerError, ErrorKind.ConnectionRefused, ErrorKind.ConnectTimeout, ErrorKind.FirstByteTimeout,
        ErrorKind.IdleTimeout, ErrorKind.StreamCut, ErrorKind.Timeout, ErrorKind.EmptyChoices, ErrorKind.Unknown,
    ];

    public static bool Contains(ErrorKind kind) => Kinds.Contains(kind);
}
