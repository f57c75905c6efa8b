namespace Yardstick.Core.Pricing;

/// <summary>
/// Tokens a reader expects to send and receive per month; with <see cref="PromptTokensPerRequest"/>, how long each
/// request's prompt is, so that a long-context tier in force for that length prices the whole traffic.
/// </summary>
public sealed record MonthlyTraffic(long InputTokens, long OutputTokens, long CachedInputTokens = 0)
{
    /// <summary>A default traffic for pages: 10M input and 2M output tokens per month.</summary>
    public static MonthlyTraffic Default { get; } = new(10_000_000, 2_000_000);

    /// <summary>
    /// Prompt tokens of a typical request (uncached and cached input together); null when unknown, and then only base
    /// prices apply (a total alone cannot say which requests crossed a tier's threshold).
    /// </summary>
    public long? PromptTokensPerRequest { get; init; }

    /// <summary>
    /// <paramref name="totalTokens"/> a month split by the blend's weights: e.g. the cache-aware 7:2:1 (input : cached
    /// input : output) of 10M tokens is 7M uncached input, 2M cached input and 1M output.
    /// </summary>
    public static MonthlyTraffic FromBlend(long totalTokens, BlendRatio ratio, long? promptTokensPerRequest = null)
    {
        ArgumentNullException.ThrowIfNull(ratio);
        ArgumentOutOfRangeException.ThrowIfNegative(totalTokens);
        if (ratio.TotalWeight <= 0)
            throw new ArgumentException("The blend has no positive weight.", nameof(ratio));
        long Part(decimal weight) => (long)Math.Round(totalTokens * weight / ratio.TotalWeight, MidpointRounding.AwayFromZero);
        return new MonthlyTraffic(Part(ratio.InputWeight), Part(ratio.OutputWeight), Part(ratio.CachedInputWeight))
        {
            PromptTokensPerRequest = promptTokensPerRequest,
        };
    }
}
