using Yardstick.Core.Pricing;

namespace Yardstick.Pricing.Import;

/// <summary>
/// What importing a feed would do: the batch to record, and every feed id it leaves out, by reason — never dropped
/// silently.
/// </summary>
public sealed record PriceFeedPlan(
    PriceImportBatch Batch,
    IReadOnlyList<string> UnknownIds,
    IReadOnlyList<string> MissingEndpoints,
    IReadOnlyList<string> Unpriced,
    IReadOnlyList<string> Unreadable);
