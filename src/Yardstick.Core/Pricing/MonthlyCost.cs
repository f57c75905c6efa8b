using System.Globalization;

namespace Yardstick.Core.Pricing;

/// <summary>Monthly cost at a traffic, or the reason it is unavailable (never a silent $0).</summary>
public sealed record MonthlyCost(decimal? Usd, string? UnavailableReason)
{
    public bool IsAvailable => Usd is not null;

    public static MonthlyCost Compute(TokenPrice? price, MonthlyTraffic traffic)
    {
        if (price is null || price.Input is not { IsNoPrice: false } input)
            return Unavailable("no input price is listed");
        if (price.Output is not { IsNoPrice: false } output)
            return Unavailable("no output price is listed");
        var cost = input.CostOf(traffic.InputTokens) + output.CostOf(traffic.OutputTokens);
        if (traffic.CachedInputTokens > 0)
        {
            if (price.CachedInput is not { IsNoPrice: false } cached)
                return Unavailable("no cached-input price is listed");
            cost += cached.CostOf(traffic.CachedInputTokens);
        }
        return new MonthlyCost(Math.Round(cost, 2), null);
    }

    public static MonthlyCost Unavailable(string reason) => new(null, reason);

    public override string ToString() => Usd is { } usd ? usd.ToString("$#,0.00", CultureInfo.InvariantCulture) : "unavailable";
}
