namespace Yardstick.Core.Pricing;

/// <summary>The blended price: a weighted mean of input (and cached input) and output prices.</summary>
public static class BlendedPrice
{
    /// <summary>
    /// (wIn × input + wOut × output [+ wCached × cached]) / Σw; null when a weighted price is missing or is "no price".
    /// </summary>
    public static UsdPerMillionTokens? Compute(TokenPrice price, BlendRatio? ratio = null)
    {
        ratio ??= BlendRatio.Default;
        if (!price.IsComplete)
            return null;
        var sum = ratio.InputWeight * price.Input!.Value.Value + ratio.OutputWeight * price.Output!.Value.Value;
        if (ratio.CachedInputWeight > 0)
        {
            if (price.CachedInput is not { IsNoPrice: false } cached)
                return null;
            sum += ratio.CachedInputWeight * cached.Value;
        }
        return new UsdPerMillionTokens(Math.Round(sum / ratio.TotalWeight, 6));
    }
}
