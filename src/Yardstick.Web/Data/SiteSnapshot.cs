using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;

namespace Yardstick.Web.Data;

/// <summary>
/// Everything the model pages, the leaderboard, the home page and the API's model list are drawn from, computed once
/// per data stamp (<see cref="Version"/>; null when the site has no stamp and computes it per request). The figures are
/// read at <see cref="AsOf"/> (the end of the 72 h and 14 d windows; a model whose runs changed since, at that change).
/// </summary>
public sealed record SiteSnapshot(
    string? Version,
    IReadOnlyList<ModelCard> Models,
    IReadOnlyDictionary<string, ModelCard> BySlug,
    IReadOnlyDictionary<string, ModelMeasurements> Measurements,
    IReadOnlyList<LeaderboardRow> Rows)
{
    public DateTimeOffset AsOf { get; init; }
}
