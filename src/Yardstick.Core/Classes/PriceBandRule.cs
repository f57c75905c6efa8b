using Yardstick.Core.Pricing;

namespace Yardstick.Core.Classes;

/// <summary>Budget &lt; $0.15, Mid $0.15–$1 (inclusive), Premium &gt; $1, on the blended price.</summary>
public static class PriceBandRule
{
    public static PriceBand Classify(UsdPerMillionTokens blended) => blended.Value switch
    {
        < 0.15m => PriceBand.Budget,
        <= 1m => PriceBand.Mid,
        _ => PriceBand.Premium,
    };

    public static string Label(PriceBand band) => band switch
    {
        PriceBand.Budget => "Budget (<$0.15 blended)",
        PriceBand.Mid => "Mid-price ($0.15–$1 blended)",
        _ => "Premium (>$1 blended)",
    };
}
