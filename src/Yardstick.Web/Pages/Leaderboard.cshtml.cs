using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Charts;
using Yardstick.Web.Data;

namespace Yardstick.Web.Pages;

/// <summary>All models in one table, sortable by query string, with the leaderboard's charts drawn from the same rows.</summary>
public sealed class LeaderboardModel(SiteData data) : PageModel
{
    /// <summary>Sortable columns: query value → header.</summary>
    public static IReadOnlyList<(string Key, string Header)> Columns { get; } =
    [
        ("name", "Model"), ("creator", "Creator"), ("class", "Comparison class"), ("context", "Context"), ("input", "Input / 1M"),
        ("output", "Output / 1M"), ("blended", "Blended / 1M"), ("speed", "Median tokens/s"), ("ttft", "Median TTFT"),
    ];

    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "dir")] public string? Direction { get; set; }
    /// <summary>What the intelligence charts plot: <see cref="IndexKey"/> for the configured index, else an eval id.</summary>
    [FromQuery(Name = "eval")] public string? Eval { get; set; }
    /// <summary>A model slug: that model and its comparison class are highlighted in every chart, the others faded.</summary>
    [FromQuery(Name = "highlight")] public string? Highlight { get; set; }

    public const string IndexKey = LeaderboardCharts.IndexKey;

    /// <summary>"Yardstick Index v1" when the site has an index configured.</summary>
    public string? IndexName { get; private set; }

    public IReadOnlyList<LeaderboardRow> Rows { get; private set; } = [];
    public IReadOnlyList<string> EvalIds { get; private set; } = [];
    public string SortKey { get; private set; } = "name";
    public bool Descending { get; private set; }
    public string? ChartEval { get; private set; }
    /// <summary>The highlighted model and its class, when <see cref="Highlight"/> names a model on the leaderboard.</summary>
    internal LeaderboardFocus? Focus { get; private set; }
    internal IReadOnlyList<ChartView> Charts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await data.LeaderboardRowsAsync(cancellationToken);
        var charts = new LeaderboardCharts(rows, data.Index, data.Ratio, Eval, Highlight);
        Focus = charts.Focus;
        EvalIds = charts.EvalIds;
        IndexName = charts.IndexName;
        ChartEval = charts.IntelligenceKey;
        // An unknown sort key falls back to the name, so a mistyped link still shows the table.
        SortKey = Sort is { } s && (Columns.Any(c => c.Key == s) || EvalIds.Contains(s, StringComparer.OrdinalIgnoreCase) || (s == IndexKey && IndexName is not null)) ? s : "name";
        Descending = string.Equals(Direction, "desc", StringComparison.OrdinalIgnoreCase);
        Rows = Sorted(rows, SortKey, Descending);
        var query = QueryTail(ChartEval, Focus);
        query = query.Length == 0 ? "" : "?" + query[1..];
        Charts = charts.All.Select(c => new ChartView(c, "/api/charts/leaderboard", query)).ToList();
    }

    public string SortLink(string key) =>
        $"/leaderboard?sort={Uri.EscapeDataString(key)}&dir={(key == SortKey && !Descending ? "desc" : "asc")}{QueryTail(ChartEval, Focus)}";

    /// <summary>"&amp;eval=…&amp;highlight=…": what a link keeps of the page's choices.</summary>
    private static string QueryTail(string? eval, LeaderboardFocus? focus) =>
        (eval is { } e ? "&eval=" + Uri.EscapeDataString(e) : "") + (focus is { } f ? "&highlight=" + Uri.EscapeDataString(f.Model.Card.Slug) : "");

    /// <summary>The row's CSS class under the highlight: the model, its class, or nothing.</summary>
    public string RowClass(LeaderboardRow row) => Focus is not { } f ? "" : f.Of(row) switch
    {
        LeaderboardFocus.This => "focus-model",
        LeaderboardFocus.Others => "",
        _ => "focus-class",
    };

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
            IndexKey => r.Index?.Value,
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
