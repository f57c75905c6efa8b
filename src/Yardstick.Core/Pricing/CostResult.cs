namespace Yardstick.Core.Pricing;

/// <summary>A cost in US dollars, or the reason it is unavailable (never a silent $0).</summary>
public sealed record CostResult(decimal? Usd, string? UnavailableReason)
{
    public bool IsAvailable => Usd is not null;

    public static CostResult Unavailable(string reason) => new(null, reason);
}
