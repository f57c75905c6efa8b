namespace Yardstick.Core.Classes;

/// <summary>Tiny ≤ 4B, Small 4–40B, Medium 40–150B, Large &gt; 150B (upper bounds inclusive).</summary>
public static class SizeClassRule
{
    public static SizeClass Classify(double parametersTotalB) => parametersTotalB switch
    {
        <= 4.0 => SizeClass.Tiny,
        <= 40.0 => SizeClass.Small,
        <= 150.0 => SizeClass.Medium,
        _ => SizeClass.Large,
    };

    public static string Label(SizeClass sizeClass) => sizeClass switch
    {
        SizeClass.Tiny => "Tiny (≤4B)",
        SizeClass.Small => "Small (4B–40B)",
        SizeClass.Medium => "Medium (40B–150B)",
        _ => "Large (>150B)",
    };
}
