using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;

namespace Yardstick.Web.Data;

/// <summary>
/// Everything the model pages, the leaderboard, the home page and the API's model list are drawn from, computed once
/// per data stamp (<see cref="Version"/>; null when the site has no stamp and computes it per request).
/// </summary>
public sealed record SiteSnapshot(
    string? Version,
    IReadOnlyList<ModelCard> Models,
    IReadOnlyDictionary<string, ModelCard> BySlug,
    IReadOnlyDictionary<string, ModelMeasurements> Measurements,
    IReadOnlyList<LeaderboardRow> Rows);
