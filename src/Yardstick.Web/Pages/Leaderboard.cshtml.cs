using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Core.Catalog;
using Yardstick.Core.Classes;
using Yardstick.Core.Evals;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Web.Charts;
using Yardstick.Web.Data;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Pages;

/// <summary>All models in one table, sortable by query string, with the intelligence-vs-price and speed-vs-price charts.</summary>
public sealed class LeaderboardModel(SiteData data) : PageModel
{
    public sealed record Row(ModelCard Card, string Class, TokenPrice? Price, decimal? Blended, ModelMeasurements Measured,
        IReadOnlyDictionary<string, EvalMeasurement> Evals, IndexResult? Index)
    {
        public PerfMeasurement? Perf => Measured.LatestPerf;
        public double? Speed => Measured.MedianOutputTokensPerSecond;
        public double? Ttft => Measured.MedianTtftSeconds;
    }

    /// <summary>Sortable columns: query value → header.</summary>
    public static IReadOnlyList<(string Key, string Header)> Columns { get; } =
    [
        ("name", "Model"), ("creator", "Creator"), ("class", "Comparison class"), ("context", "Context"), ("input", "Input / 1M"),
        ("output", "Output / 1M"), ("blended", "Blended / 1M"), ("speed", "Median tokens/s"), ("ttft", "Median TTFT"),
    ];

    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "dir")] public string? Direction { get; set; }
    /// <summary>What the intelligence chart plots: <see cref="IndexKey"/> for the configured index, else an eval id.</summary>
    [FromQuery(Name = "eval")] public string? Eval { get; set; }

    public const string IndexKey = "index";

    /// <summary>"Yardstick Index v1" when the site has an index configured.</summary>
    public string? IndexName { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<string> EvalIds { get; private set; } = [];
    public string SortKey { get; private set; } = "name";
    public bool Descending { get; private set; }
    public string? ChartEval { get; private set; }
    public Microsoft.AspNetCore.Html.IHtmlContent? IntelligenceChart { get; private set; }
    public Microsoft.AspNetCore.Html.IHtmlContent? SpeedChart { get; private set; }
    /// <summary>Measured models a chart leaves out because they have no listed price (a chart never invents one).</summary>
    public int IntelligenceLeftOut { get; private set; }
    public int SpeedLeftOut { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var measured = await data.MeasurementsAsync(cancellationToken);
        var rows = (await data.ModelsAsync(cancellationToken)).Select(m =>
        {
            var mm = measured.GetValueOrDefault(m.Slug) ?? ModelMeasurements.None;
            var price = m.HeadlinePrice;
            return new Row(m, ClassLabel.Short(ComparisonClassRule.Classify(m, data.Ratio)), price,
                HeadlineBlend.Of(m, data.Ratio)?.Value, mm,
                mm.LatestEvals.ToDictionary(e => e.Summary.Eval, StringComparer.OrdinalIgnoreCase),
                data.Index is { } index ? mm.Index(index) : null);
        }).ToList();
        EvalIds = rows.SelectMany(r => r.Evals.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();

        // An unknown sort key falls back to the name, so a mistyped link still shows the table.
        IndexName = data.Index is { } definition ? $"{definition.Name} v{definition.Version}" : null;
        SortKey = Sort is { } s && (Columns.Any(c => c.Key == s) || EvalIds.Contains(s, StringComparer.OrdinalIgnoreCase) || (s == IndexKey && IndexName is not null)) ? s : "name";
        Descending = string.Equals(Direction, "desc", StringComparison.OrdinalIgnoreCase);
        Rows = Sorted(rows, SortKey, Descending);

        var priced = rows.Where(r => r.Blended is not null).ToList();
        ChartEval = Eval is { } e && EvalIds.Contains(e, StringComparer.OrdinalIgnoreCase)
            ? EvalIds.First(x => string.Equals(x, e, StringComparison.OrdinalIgnoreCase))
            : IndexName is not null && (Eval == IndexKey || rows.Any(r => r.Index?.Value is not null))
                ? IndexKey
                : EvalIds.OrderByDescending(id => rows.Count(r => r.Evals.ContainsKey(id))).FirstOrDefault();
        if (ChartEval == IndexKey)
        {
            IntelligenceLeftOut = rows.Count(r => r.Blended is null && r.Index?.Value is not null);
            var points = priced.Where(r => r.Index?.Value is not null)
                .Select(r => new ChartPoint(r.Card.Name + (r.Index!.Estimated ? " (est.)" : ""), (double)r.Blended!.Value, r.Index.Value!.Value, Links.Model(r.Card.Slug))).ToList();
            if (points.Count > 0)
                IntelligenceChart = new ScatterChart($"Intelligence ({IndexName}) vs price", $"Blended price, USD per 1M tokens ({data.Ratio}), log scale",
                    $"{IndexName}, 0–100", x => Format.Price(new UsdPerMillionTokens((decimal)x)), y => Format.Number(y, "0")).Render(points);
        }
        else if (ChartEval is { } chartEval)
        {
            IntelligenceLeftOut = rows.Count(r => r.Blended is null && r.Evals.ContainsKey(chartEval));
            var points = priced.Where(r => r.Evals.ContainsKey(chartEval))
                .Select(r => new ChartPoint(r.Card.Name, (double)r.Blended!.Value, r.Evals[chartEval].Summary.Score * 100, Links.Model(r.Card.Slug))).ToList();
            if (points.Count > 0)
                IntelligenceChart = new ScatterChart($"Intelligence ({chartEval}) vs price", $"Blended price, USD per 1M tokens ({data.Ratio}), log scale",
                    $"{chartEval} score, %", x => Format.Price(new UsdPerMillionTokens((decimal)x)), y => Format.Number(y, "0")).Render(points);
        }
        SpeedLeftOut = rows.Count(r => r.Blended is null && r.Speed is not null);
        var speedPoints = priced.Where(r => r.Speed is not null)
            .Select(r => new ChartPoint(r.Card.Name, (double)r.Blended!.Value, r.Speed!.Value, Links.Model(r.Card.Slug))).ToList();
        if (speedPoints.Count > 0)
            SpeedChart = new ScatterChart("Speed vs price", $"Blended price, USD per 1M tokens ({data.Ratio}), log scale", "Median output tokens/s",
                x => Format.Price(new UsdPerMillionTokens((decimal)x)), y => Format.Number(y, "0")).Render(speedPoints);
    }

    public string SortLink(string key) =>
        $"/leaderboard?sort={Uri.EscapeDataString(key)}&dir={(key == SortKey && !Descending ? "desc" : "asc")}{(ChartEval is { } e ? "&eval=" + Uri.EscapeDataString(e) : "")}";

    private static List<Row> Sorted(List<Row> rows, string key, bool descending)
    {
        // Missing figures always sort last, whichever the direction: a blank is not a small number.
        IComparable? Key(Row r) => key switch
        {
            "name" => r.Card.Name,
            "creator" => r.Card.Creator,
            "class" => r.Class,
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
