namespace Yardstick.Core.Pricing;

/// <summary>
/// The one cost function: every cost Yardstick computes (an eval sample, an eval run, the index, a monthly traffic)
/// goes through <see cref="OfRequest"/> or <see cref="OfTotal"/>. Formulas: docs/pricing.md.
/// </summary>
public static class TokenCost
{
    /// <summary>
    /// One request: when its prompt is longer than the price's long-context threshold, the whole request is billed at
    /// the tier's prices (a part the tier does not list keeps its base price), as the published tiers work.
    /// </summary>
    public static CostResult OfRequest(TokenPrice? price, BilledTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Compute(InForce(price, tokens.PromptTokens), tokens);
    }

    /// <summary>
    /// Tokens summed over many requests (a monthly traffic). With <paramref name="promptTokensPerRequest"/> known, every
    /// request is that long, so the tier in force for that length prices the whole total; unknown, base prices only,
    /// since a tier applies per request and a total cannot say which requests crossed the threshold.
    /// </summary>
    public static CostResult OfTotal(TokenPrice? price, BilledTokens tokens, long? promptTokensPerRequest = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Compute(promptTokensPerRequest is { } prompt ? InForce(price, prompt) : price, tokens);
    }

    /// <summary>
    /// The prices in force for a request whose prompt is <paramref name="promptTokens"/> long: the long-context tier's
    /// (a part it does not list keeps its base price) above its threshold, else the base prices.
    /// </summary>
    public static TokenPrice? InForce(TokenPrice? price, long promptTokens) =>
        price?.LongContext is { } tier && promptTokens > tier.ThresholdTokens
            ? price with
            {
                Input = tier.Input ?? price.Input,
                CachedInput = tier.CachedInput ?? price.CachedInput,
                Output = tier.Output ?? price.Output,
            }
            : price;

    /// <summary>True when a request with a prompt of <paramref name="promptTokens"/> is billed at the long-context tier.</summary>
    public static bool IsLongContext(TokenPrice? price, long promptTokens) =>
        price?.LongContext is { } tier && promptTokens > tier.ThresholdTokens;

    /// <summary>
    /// input × input price + cached × cached price + cache-write × (cache-write price, else input price)
    /// + (output − reasoning) × output price + reasoning × (reasoning price, else output price), per 1M tokens.
    /// </summary>
    private static CostResult Compute(TokenPrice? price, BilledTokens tokens)
    {
        if (price?.Input is not { IsNoPrice: false } input)
            return CostResult.Unavailable("no input price is listed");
        if (price.Output is not { IsNoPrice: false } output)
            return CostResult.Unavailable("no output price is listed");
        var cost = input.CostOf(tokens.InputTokens);
        if (tokens.CachedInputTokens > 0)
        {
            if (price.CachedInput is not { IsNoPrice: false } cached)
                return CostResult.Unavailable("no cached-input price is listed");
            cost += cached.CostOf(tokens.CachedInputTokens);
        }
        if (tokens.CacheWriteTokens > 0)
            cost += (price.CacheWrite is { IsNoPrice: false } write ? write : input).CostOf(tokens.CacheWriteTokens);
        var reasoning = Math.Clamp(tokens.ReasoningTokens, 0, Math.Max(0, tokens.OutputTokens));
        var reasoningPrice = price.Reasoning is { IsNoPrice: false } r ? r : output;
        cost += output.CostOf(tokens.OutputTokens - reasoning) + reasoningPrice.CostOf(reasoning);
        return new CostResult(cost, null);
    }
}
