namespace Yardstick.Core.Catalog;

/// <summary>The three kinds of provenance a catalog fact may have.</summary>
public enum FactSourceKind
{
    /// <summary>A model card, a vendor's price list or another published document.</summary>
    Published,
    /// <summary>A Yardstick run measured it.</summary>
    Measured,
    /// <summary>The operator of this Yardstick instance entered it.</summary>
    User,
}
