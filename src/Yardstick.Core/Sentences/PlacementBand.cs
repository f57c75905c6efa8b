namespace Yardstick.Core.Sentences;

/// <summary>Where a figure falls among its comparison class, by percentile rank.</summary>
public enum PlacementBand
{
    WellBelowAverage,
    BelowAverage,
    Average,
    AboveAverage,
    WellAboveAverage,
}
