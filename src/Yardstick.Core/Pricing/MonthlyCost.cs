using System.Globalization;

namespace Yardstick.Core.Pricing;

/// <summary>Monthly cost at a traffic, or the reason it is unavailable (never a silent $0).</summary>
public sealed record MonthlyCost(decimal? Usd, string? UnavailableReason)
{
    public bool IsAvailable => Usd is not null;

    /// <summary>True when the traffic's prompt length puts it under the price's long-context tier (its prices were used).</summary>
    public bool AtLongContextTier { get; init; }

    /// <summary>
    /// <see cref="TokenCost.OfTotal"/> of the traffic (uncached input, cached input, output) at the prices in force for
    /// its prompt length (<see cref="MonthlyTraffic.PromptTokensPerRequest"/>; base prices when unknown), rounded to cents.
    /// </summary>
    public static MonthlyCost Compute(TokenPrice? price, MonthlyTraffic traffic)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        var cost = TokenCost.OfTotal(price, new BilledTokens(traffic.InputTokens, traffic.OutputTokens, traffic.CachedInputTokens), traffic.PromptTokensPerRequest);
        return cost.Usd is { } usd
            ? new MonthlyCost(Math.Round(usd, 2), null) { AtLongContextTier = traffic.PromptTokensPerRequest is { } prompt && TokenCost.IsLongContext(price, prompt) }
            : Unavailable(cost.UnavailableReason!);
    }

    public static MonthlyCost Unavailable(string reason) => new(null, reason);

    public override string ToString() => Usd is { } usd ? usd.ToString("$#,0.00", CultureInfo.InvariantCulture) : "unavailable";
}
