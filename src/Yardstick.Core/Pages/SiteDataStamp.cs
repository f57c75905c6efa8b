namespace Yardstick.Core.Pages;

/// <summary>
/// The site's data stamp (<see cref="ISiteDataVersion"/>) in its parts: what the catalog and prices were last written as
/// (<see cref="CatalogAndPrices"/>), how many runs exist, how many have finished and when one last did. The site keeps a
/// snapshot while the stamp stays equal, and when only the run parts move it reads just the runs that changed and checks
/// the counts it arrives at against <see cref="Runs"/> and <see cref="FinishedRuns"/>.
/// </summary>
public sealed record SiteDataStamp(string CatalogAndPrices, long Runs, long FinishedRuns, string LastFinished)
{
    /// <summary>The stamp as one value (output-cache keys, logs).</summary>
    public override string ToString() => $"{CatalogAndPrices}.{Runs}.{FinishedRuns}.{LastFinished}";
}
