namespace Yardstick.Core.Pricing;

/// <summary>An endpoint's price changed on <see cref="Record"/>'s date, from <see cref="Previous"/> (null: its first known price).</summary>
public sealed record PriceChange(PriceRecord Record, TokenPrice? Previous);
