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
    /// <summary>The page shown (1-based), of <see cref="Pages"/>; every model is on page 1 up to <see cref="LeaderboardPage.Size"/>.</summary>
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }
    public LeaderboardPage Paged { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await data.LeaderboardRowsAsync(cancellationToken);
        // The sortable evals are those of every row, not only of this page's.
        EvalIds = all.SelectMany(r => r.Evals.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var hasIndex = data.Index is not null;
        Paged = LeaderboardPage.Of(all, Sort, Direction, PageNumber,
            s => Columns.Any(c => c.Key == s) || EvalIds.Contains(s, StringComparer.OrdinalIgnoreCase) || (s == IndexKey && hasIndex));
        SortKey = Paged.SortKey;
        Descending = Paged.Descending;
        Rows = Paged.Rows;
        // The charts plot the rows of this page, as the table lists them (all models while they fit on one page).
        var charts = new LeaderboardCharts(Paged.Pages == 1 ? all : Rows, data.Index, data.Ratio, Eval, Highlight);
        // The highlighted model and its class are found among all models, so the table marks them on any page.
        Focus = LeaderboardFocus.For(Highlight, all, data.Ratio);
        IndexName = charts.IndexName;
        ChartEval = charts.IntelligenceKey;
        var query = ChartQuery();
        Charts = charts.All.Select(c => new ChartView(c, "/api/charts/leaderboard", query)).ToList();
    }

    /// <summary>"?eval=…&amp;highlight=…" for the chart downloads, with the sort and page when the page is not the whole leaderboard.</summary>
    private string ChartQuery()
    {
        var parts = new List<string>();
        if (ChartEval is { } e)
            parts.Add("eval=" + Uri.EscapeDataString(e));
        if (Focus is { } f)
            parts.Add("highlight=" + Uri.EscapeDataString(f.Model.Card.Slug));
        if (Paged.Pages > 1)
            parts.AddRange([$"sort={Uri.EscapeDataString(SortKey)}", $"dir={(Descending ? "desc" : "asc")}", $"page={Paged.Number}"]);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
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

    /// <summary>The link to page <paramref name="number"/> in the current order.</summary>
    public string PageLink(int number) =>
        $"/leaderboard?sort={Uri.EscapeDataString(SortKey)}&dir={(Descending ? "desc" : "asc")}&page={number}{QueryTail(ChartEval, Focus)}";
}
