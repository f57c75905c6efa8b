using System.Globalization;

namespace Yardstick.Core.Pricing;

/// <summary>Monthly cost at a traffic, or the reason it is unavailable (never a silent $0).</summary>
public sealed record MonthlyCost(decimal? Usd, string? UnavailableReason)
{
    public bool IsAvailable => Usd is not null;

    /// <summary><see cref="TokenCost.OfTotal"/> of the traffic, rounded to cents.</summary>
    public static MonthlyCost Compute(TokenPrice? price, MonthlyTraffic traffic)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        var cost = TokenCost.OfTotal(price, new BilledTokens(traffic.InputTokens, traffic.OutputTokens, traffic.CachedInputTokens));
        return cost.Usd is { } usd ? new MonthlyCost(Math.Round(usd, 2), null) : Unavailable(cost.UnavailableReason!);
    }

    public static MonthlyCost Unavailable(string reason) => new(null, reason);

    public override string ToString() => Usd is { } usd ? usd.ToString("$#,0.00", CultureInfo.InvariantCulture) : "unavailable";
}
