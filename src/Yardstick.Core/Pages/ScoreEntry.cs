using Yardstick.Core.Catalog;

namespace Yardstick.Core.Pages;

/// <summary>
/// One model's figure on a benchmark, on a 0–100 scale, with its source: <c>published:&lt;document&gt;</c> for the
/// creator's own figure, <c>measured:&lt;run id&gt;</c> for Yardstick's (with its 95 % interval).
/// </summary>
public sealed record ScoreEntry(double Value, FactSource Source, double? Lower = null, double? Upper = null);
