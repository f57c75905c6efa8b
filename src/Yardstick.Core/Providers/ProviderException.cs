namespace Yardstick.Core.Providers;

/// <summary>A request failed in a known way; the recorder turns it into a failed sample with <see cref="Kind"/>.</summary>
public sealed class ProviderException(ErrorKind kind, string message, int? statusCode = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public ErrorKind Kind { get; } = kind;
    public int? StatusCode { get; } = statusCode;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
