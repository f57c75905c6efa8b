namespace Yardstick.Web.Data;

/// <summary>
/// One page of the leaderboard: every row sorted by one column, then <see cref="Size"/> rows of it. The table and the
/// charts of a page show the same rows; at 10,000 models a page stays a page (docs/performance/site.md).
/// </summary>
public sealed record LeaderboardPage(IReadOnlyList<LeaderboardRow> Rows, string SortKey, bool Descending, int Number, int Pages, int Total)
{
    /// <summary>Rows per page: every model on one page up to this many.</summary>
    public const int Size = 100;

    /// <summary>
    /// Sorts <paramref name="all"/> by <paramref name="sort"/> (an unknown key falls back to the name, so a mistyped link
    /// still shows the table) and takes page <paramref name="page"/> (1-based, clamped to the pages there are).
    /// </summary>
    public static LeaderboardPage Of(IReadOnlyList<LeaderboardRow> all, string? sort, string? direction, int? page, Func<string, bool> isSortKey)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(isSortKey);
        var key = sort is { } s && isSortKey(s) ? s : "name";
        var descending = string.Equals(direction, "desc", StringComparison.OrdinalIgnoreCase);
        var pages = Math.Max(1, (all.Count + Size - 1) / Size);
        var number = Math.Clamp(page ?? 1, 1, pages);
        var rows = Sorted(all, key, descending).Skip((number - 1) * Size).Take(Size).ToList();
        return new LeaderboardPage(rows, key, descending, number, pages, all.Count);
    }

    private static List<LeaderboardRow> Sorted(IReadOnlyList<LeaderboardRow> rows, string key, bool descending)
    {
        // Missing figures always sort last, whichever the direction: a blank is not a small number. Text sorts
        // case-insensitively, as on the home page.
        IComparable? Key(LeaderboardRow r) => key switch
        {
            "name" => r.Card.Name.ToUpperInvariant(),
            "creator" => r.Card.Creator.ToUpperInvariant(),
            "class" => r.Class.ToUpperInvariant(),
            "context" => r.Card.ContextWindowTokens,
            "input" => r.Price?.Input is { IsNoPrice: false } i ? i.Value : null,
            "output" => r.Price?.Output is { IsNoPrice: false } o ? o.Value : null,
            "blended" => r.Blended,
            "speed" => r.Speed,
            "ttft" => r.Ttft,
            Charts.LeaderboardCharts.IndexKey => r.Index?.Value,
            _ => r.Evals.TryGetValue(key, out var e) ? e.Summary.Score : null,
        };
        var withKey = rows.Where(r => Key(r) is not null).ToList();
        var without = rows.Where(r => Key(r) is null).OrderBy(r => r.Card.Name, StringComparer.OrdinalIgnoreCase);
        var ordered = descending
            ? withKey.OrderByDescending(Key).ThenBy(r => r.Card.Name, StringComparer.OrdinalIgnoreCase)
            : withKey.OrderBy(Key).ThenBy(r => r.Card.Name, StringComparer.OrdinalIgnoreCase);
        return [.. ordered, .. without];
    }
}
