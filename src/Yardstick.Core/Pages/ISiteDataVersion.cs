namespace Yardstick.Core.Pages;

/// <summary>
/// A cheap stamp of everything the site's pages are drawn from (catalog imports, price imports and the prices in force,
/// runs created and completed): equal stamps mean a page drawn from the first would be drawn the same from the second,
/// so the site can keep what it computed until the stamp changes.
/// </summary>
public interface ISiteDataVersion
{
    Task<SiteDataStamp> CurrentAsync(CancellationToken cancellationToken = default);
}
