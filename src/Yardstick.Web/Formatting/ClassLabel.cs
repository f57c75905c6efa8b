using Yardstick.Core.Classes;

namespace Yardstick.Web.Formatting;

/// <summary>A comparison class in a few words for tables: "Open · Tiny (≤4B)", "Proprietary · Premium (>$1 blended)".</summary>
internal static class ClassLabel
{
    public static string Short(ComparisonClass cls) => cls.OpenWeights
        ? "Open · " + (cls.SizeClass is { } s ? SizeClassRule.Label(s) : "size not published")
        : "Proprietary · " + (cls.PriceBand is { } p ? PriceBandRule.Label(p) : "price not listed");
}
