namespace Yardstick.Core.Pricing;

/// <summary>Tokens a reader expects to send and receive per month.</summary>
public sealed record MonthlyTraffic(long InputTokens, long OutputTokens, long CachedInputTokens = 0)
{
    /// <summary>A default traffic for pages: 10M input and 2M output tokens per month.</summary>
    public static MonthlyTraffic Default { get; } = new(10_000_000, 2_000_000);
}
