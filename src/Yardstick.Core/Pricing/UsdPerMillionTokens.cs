using System.Globalization;

namespace Yardstick.Core.Pricing;

/// <summary>A price in US dollars per one million tokens.</summary>
public readonly record struct UsdPerMillionTokens(decimal Value) : IComparable<UsdPerMillionTokens>
{
    /// <summary>A listed price of $0 (free self-hosting) means "no price", not a price of zero.</summary>
    public bool IsNoPrice => Value <= 0m;

    public decimal CostOf(long tokens) => Value * tokens / 1_000_000m;

    public int CompareTo(UsdPerMillionTokens other) => Value.CompareTo(other.Value);

    public static bool operator <(UsdPerMillionTokens left, UsdPerMillionTokens right) => left.Value < right.Value;
    public static bool operator >(UsdPerMillionTokens left, UsdPerMillionTokens right) => left.Value > right.Value;
    public static bool operator <=(UsdPerMillionTokens left, UsdPerMillionTokens right) => left.Value <= right.Value;
    public static bool operator >=(UsdPerMillionTokens left, UsdPerMillionTokens right) => left.Value >= right.Value;

    public override string ToString() => Value.ToString("$0.00##", CultureInfo.InvariantCulture);
}
