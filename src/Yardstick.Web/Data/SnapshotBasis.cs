using Yardstick.Core.Runs;

namespace Yardstick.Web.Data;

/// <summary>
/// What a <see cref="SiteSnapshot"/> was built from, kept so the next one can be built from the runs that changed alone
/// (<see cref="SiteSnapshots"/>): the catalog-and-prices part of its stamp, every run by id, how many have finished, and
/// the newest start and finish among them.
/// </summary>
internal sealed record SnapshotBasis(SiteSnapshot Snapshot, string CatalogAndPrices, IReadOnlyDictionary<string, RunRecord> RunsById, long FinishedRuns)
{
    public DateTimeOffset? NewestStart { get; } = RunsById.Count == 0 ? null : RunsById.Values.Max(r => r.StartedUtc);
    public DateTimeOffset? NewestFinish { get; } = RunsById.Values.Max(r => r.FinishedUtc);
}
