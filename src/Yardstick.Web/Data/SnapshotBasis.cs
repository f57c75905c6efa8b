using Yardstick.Core.Runs;

namespace Yardstick.Web.Data;

/// <summary>
/// What a <see cref="SiteSnapshot"/> was built from, kept so the next one can be built from the runs that changed alone
/// (<see cref="SiteSnapshots"/>): the catalog-and-prices part of its stamp, every run by id, how many have finished, and
/// the newest start and finish among them.
/// </summary>
internal sealed record SnapshotBasis(SiteSnapshot Snapshot, string CatalogAndPrices, IReadOnlyDictionary<string, RunRecord> RunsById, long FinishedRuns,
    DateTimeOffset? NewestStart, DateTimeOffset? NewestFinish)
{
    /// <summary>The basis of a snapshot built from every run.</summary>
    public static SnapshotBasis Of(SiteSnapshot snapshot, string catalogAndPrices, IReadOnlyList<RunRecord> all) =>
        new(snapshot, catalogAndPrices, all.ToDictionary(r => r.Id, StringComparer.Ordinal), all.Count(r => r.FinishedUtc is not null),
            all.Count == 0 ? null : all.Max(r => r.StartedUtc), all.Max(r => r.FinishedUtc));
}
