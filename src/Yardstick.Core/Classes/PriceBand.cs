namespace Yardstick.Core.Classes;

/// <summary>Proprietary models' bands by blended price per 1M tokens.</summary>
public enum PriceBand
{
    /// <summary>&lt; $0.15.</summary>
    Budget,
    /// <summary>$0.15 – $1.</summary>
    Mid,
    /// <summary>&gt; $1.</summary>
    Premium,
}
