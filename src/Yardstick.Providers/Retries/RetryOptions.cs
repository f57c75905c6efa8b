using Yardstick.Core.Providers;

namespace Yardstick.Providers.Retries;

/// <summary>Bounded retries for failures that happen before any token arrived (429, 5xx by default).</summary>
public sealed record RetryOptions
{
    public static RetryOptions Default { get; } = new();

    /// <summary>Retries after the first attempt; 0 disables retrying.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff delay when the server sends no Retry-After; doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on any delay, including a server's Retry-After, so that a run cannot stall for hours.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    public IReadOnlySet<ErrorKind> RetryOn { get; init; } = new HashSet<ErrorKind> { ErrorKind.RateLimited, ErrorKind.ServerError };
}
