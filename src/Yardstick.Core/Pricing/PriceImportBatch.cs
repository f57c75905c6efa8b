namespace Yardstick.Core.Pricing;

/// <summary>Prices read from one feed at one time, ready to be recorded: each entry becomes a <see cref="PriceRecord"/>.</summary>
public sealed record PriceImportBatch(string Feed, string Origin, DateTimeOffset EffectiveFromUtc, IReadOnlyList<PriceImportEntry> Entries);
