namespace Yardstick.Core.Pricing;

/// <summary>What recording an import did: its id, how many prices changed (recorded) and how many were the same as in force.</summary>
public sealed record PriceImportResult(long ImportId, int Recorded, int Unchanged);
