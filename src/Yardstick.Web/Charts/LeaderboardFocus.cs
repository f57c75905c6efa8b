using Yardstick.Core.Classes;
using Yardstick.Core.Pricing;
using Yardstick.Web.Data;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Charts;

/// <summary>
/// <c>/leaderboard?highlight=slug</c>: the model asked for and the models of its comparison class (by the class rule,
/// so demo models never join a real model's class), which every leaderboard chart draws opaque while the others fade.
/// </summary>
internal sealed record LeaderboardFocus(LeaderboardRow Model, string ClassLabel, IReadOnlySet<string> PeerSlugs)
{
    public const string This = "this model", Others = "other models";

    public string Class => $"its class ({ClassLabel})";

    /// <summary>Legend order: the model, its class, the rest.</summary>
    public IReadOnlyList<string> Order => [This, Class, Others];

    /// <summary>The focus of <paramref name="slug"/>'s rows, or null when no model of that slug is on the leaderboard.</summary>
    public static LeaderboardFocus? For(string? slug, IReadOnlyList<LeaderboardRow> rows, BlendRatio ratio)
    {
        if (string.IsNullOrWhiteSpace(slug) || rows.FirstOrDefault(r => string.Equals(r.Card.Slug, slug.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } model)
            return null;
        var peers = ComparisonClassRule.PeersOf(model.Card, rows.Select(r => r.Card), ratio).Select(p => p.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new LeaderboardFocus(model, model.Class, peers);
    }

    public string Of(LeaderboardRow row) =>
        row == Model ? This : PeerSlugs.Contains(row.Card.Slug) ? Class : Others;

    /// <summary>The focus of a chart row by its model link (every leaderboard chart links its rows to model pages).</summary>
    public Func<string?, string> ByHref(IReadOnlyList<LeaderboardRow> rows)
    {
        var byHref = rows.ToDictionary(r => Links.Model(r.Card.Slug), Of, StringComparer.Ordinal);
        return href => href is not null && byHref.TryGetValue(href, out var focus) ? focus : Others;
    }

    /// <summary>Said under each chart so that readers without script (the table) know what the drawing marks.</summary>
    public string Sentence => $"Highlighted: {Model.Card.Name} and {PeerSlugs.Count} model{(PeerSlugs.Count == 1 ? "" : "s")} of {Class}; other models faded.";
}
