namespace Yardstick.Core.Classes;

/// <summary>Open-weights size classes by total parameters.</summary>
public enum SizeClass
{
    /// <summary>≤ 4B parameters.</summary>
    Tiny,
    /// <summary>&gt; 4B and ≤ 40B.</summary>
    Small,
    /// <summary>&gt; 40B and ≤ 150B.</summary>
    Medium,
    /// <summary>&gt; 150B.</summary>
    Large,
}
