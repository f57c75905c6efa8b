using System.Text.Json.Nodes;
using Yardstick.Core.Evals;
using Yardstick.Core.Metrics;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Statistics;
using Yardstick.Web.Data;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Charts;

/// <summary>
/// The leaderboard's charts, from the same rows as its table and the JSON API. Each chart plots only the models that
/// have its figures, and says how many measured models it left out and why (a chart never invents a price or a score).
/// </summary>
internal sealed class LeaderboardCharts
{
    public const string IndexKey = "index";

    private readonly IReadOnlyList<LeaderboardRow> _rows;
    private readonly BlendRatio _ratio;
    private readonly string? _highlight;
    private readonly string? _indexVersion;

    public LeaderboardCharts(IReadOnlyList<LeaderboardRow> rows, IndexDefinition? index, BlendRatio ratio, string? requestedEval, string? highlight = null)
    {
        _rows = rows;
        _ratio = ratio;
        _highlight = highlight?.Trim();
        IndexName = index is { } definition ? $"{definition.Name} v{definition.Version}" : null;
        _indexVersion = index?.Version;
        EvalIds = rows.SelectMany(r => r.Evals.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        // What "intelligence" plots: the eval asked for, else the index when any model has one, else the eval most models ran.
        IntelligenceKey = requestedEval is { } e && EvalIds.Contains(e, StringComparer.OrdinalIgnoreCase)
            ? EvalIds.First(x => string.Equals(x, e, StringComparison.OrdinalIgnoreCase))
            : IndexName is not null && (requestedEval == IndexKey || rows.Any(r => r.Index?.Value is not null))
                ? IndexKey
                : EvalIds.OrderByDescending(id => rows.Count(r => r.Evals.ContainsKey(id))).FirstOrDefault();
        IReadOnlyList<Chart> all =
        [
            IntelligenceVsPrice(), IntelligenceVsSpeed(), SpeedVsPrice(), IndexTokens(), IndexCost(), ContextWindow(), Parameters(),
            Latency(), E2e500(), EvalScores(),
        ];
        Focus = LeaderboardFocus.For(highlight, rows, ratio);
        All = Focus is { } focus ? all.Select(c => Highlighted(c, focus)).ToList() : all;
    }

    /// <summary>The model of <c>?highlight=</c> and its class, when one was asked for and exists.</summary>
    public LeaderboardFocus? Focus { get; }

    private Chart Highlighted(Chart chart, LeaderboardFocus focus)
    {
        var spec = (System.Text.Json.Nodes.JsonObject)chart.Spec.DeepClone();
        VegaLite.AddFocus(spec, focus.ByHref(_rows), focus.Order);
        return chart with { Spec = spec, Note = string.IsNullOrEmpty(chart.Note) ? focus.Sentence : $"{chart.Note} {focus.Sentence}" };
    }

    /// <summary>"Yardstick Index v1" when the site has an index configured.</summary>
    public string? IndexName { get; }

    public IReadOnlyList<string> EvalIds { get; }

    /// <summary><see cref="IndexKey"/>, an eval id, or null when nothing has been measured.</summary>
    public string? IntelligenceKey { get; }

    public IReadOnlyList<Chart> All { get; }

    public Chart? Find(string id) => All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    private string IntelligenceTitle => IntelligenceKey == IndexKey ? $"{IndexName} (0–100)" : $"{IntelligenceKey} score (%)";

    private string PriceTitle => $"Blended price (USD per 1M tokens, {_ratio} input:output, log scale)";

    private (double Value, string? Run, bool Estimated)? Intelligence(LeaderboardRow r) => IntelligenceKey switch
    {
        null => null,
        // Only figures of the headline version are plotted together: a v1 figure (older runs) is not on the v2 scale.
        IndexKey => r.Index?.Value is { } v && r.Index.Version == _indexVersion ? (v, null, r.Index.Estimated) : null,
        var id => r.Evals.TryGetValue(id, out var e) ? (e.Summary.Score * 100, e.Run.Id, false) : null,
    };

    /// <summary>The <c>?highlight=</c> model itself, drawn larger and outlined in the scatters.</summary>
    private bool IsHighlight(LeaderboardRow r) => string.Equals(r.Card.Slug, _highlight, StringComparison.OrdinalIgnoreCase);

    private static ChartColumn Hidden(string field) => new(field, field, InTable: false);

    private static ChartColumn Name() => new("name", "Model");

    private static ChartColumn Creator() => new("creator", "Creator");

    private static ChartColumn Run() => new("run", "Run");

    private static string PriceText(object? v) => Format.Price(new UsdPerMillionTokens(Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture)));

    private static string NumberText(object? v) => Format.Number(Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture), "0.#");

    private static string SecondsText(object? v) => Format.Seconds(Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture));

    private static string TokensText(object? v) => Format.Tokens(Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture));

    private static string PriceKind(LeaderboardRow r) => r.PricePoint!.IsMeasuredCost ? "measured self-hosting cost" : "listed price";

    private const string MeasuredCostMark = " (measured cost)";

    private static string LeftOut(int count, string why) => count == 0 ? "" : $"{count} measured model{(count == 1 ? "" : "s")} {why} not plotted.";

    private Chart IntelligenceVsPrice()
    {
        var table = new ChartTable([Name(), Hidden("href"), Creator(), new("price", "Blended price (USD / 1M)", PriceText), new("price_kind", "Price"),
            new("score", IntelligenceTitle, NumberText), Run(), Hidden("highlight")]);
        var measured = _rows.Where(r => Intelligence(r) is not null).ToList();
        foreach (var r in measured.Where(r => r.PricePoint is not null))
        {
            var (value, run, estimated) = Intelligence(r)!.Value;
            table.Add(r.Card.Name + (estimated ? " (est.)" : ""), Links.Model(r.Card.Slug), r.Card.Creator, (double)r.Blended!.Value, PriceKind(r), value, run, IsHighlight(r));
        }
        var prices = table.Rows.Select(row => (double)table.Value(row, "price")!).ToList();
        var scores = table.Rows.Select(row => (double)table.Value(row, "score")!).ToList();
        // The attractive quadrant: cheaper than the median plotted model and at least as smart as the median one.
        var quadrant = table.Count >= 2 ? new Quadrant(prices.Min(), Percentiles.Of(prices, 50), Percentiles.Of(scores, 50), 100) : null;
        var summary = table.Count == 0
            ? "No model has both a price and a measured intelligence figure yet."
            : $"{table.Count} model{(table.Count == 1 ? "" : "s")} plotted by blended price (log scale) and {IntelligenceTitle}. "
              + (quadrant is null ? "" : $"The shaded area is the most attractive quadrant: cheaper than the median price ({Format.Price(new UsdPerMillionTokens((decimal)quadrant.XTo))}) and at least the median score ({Format.Number(quadrant.YFrom, "0.#")}). ")
              + Best(table, "score", "price");
        var spec = VegaLite.Scatter(summary, table, ChartAxis.Price(PriceTitle), ChartAxis.Score("score", IntelligenceTitle),
            [VegaLite.NameTip(), VegaLite.CreatorTip(), VegaLite.Tip("price", "Blended price (USD / 1M tokens)", ChartAxis.UsdFormat), VegaLite.Tip("price_kind", "Price", type: "nominal"),
             VegaLite.Tip("score", IntelligenceTitle, ChartAxis.ScoreFormat), VegaLite.RunTip()], shapeByPriceKind: true, attractive: quadrant);
        return new Chart("intelligence-vs-price", $"Intelligence vs price", summary, spec, table)
            { Note = LeftOut(measured.Count(r => r.PricePoint is null), "with an intelligence figure but no price are") };
    }

    private Chart IntelligenceVsSpeed()
    {
        var table = new ChartTable([Name(), Hidden("href"), Creator(), new("speed", "Median output speed (tokens/s)", NumberText),
            new("score", IntelligenceTitle, NumberText), Run(), Hidden("highlight")]);
        foreach (var r in _rows.Where(r => r.Speed is not null && Intelligence(r) is not null))
        {
            var (value, run, estimated) = Intelligence(r)!.Value;
            table.Add(r.Card.Name + (estimated ? " (est.)" : ""), Links.Model(r.Card.Slug), r.Card.Creator, r.Speed, value, run ?? r.Perf!.Run.Id, IsHighlight(r));
        }
        var summary = table.Count == 0
            ? "No model has both a perf run and a measured intelligence figure yet."
            : $"{table.Count} model{(table.Count == 1 ? "" : "s")} plotted by median output speed (tokens/s, under the speed rule) and {IntelligenceTitle}. " + Best(table, "score", "speed", higherXIsBetter: true);
        var spec = VegaLite.Scatter(summary, table, new ChartAxis("speed", "Median output speed (tokens/s)", ChartAxis.SpeedFormat), ChartAxis.Score("score", IntelligenceTitle),
            [VegaLite.NameTip(), VegaLite.CreatorTip(), VegaLite.Tip("speed", "Output speed (tokens/s)", ChartAxis.SpeedFormat), VegaLite.Tip("score", IntelligenceTitle, ChartAxis.ScoreFormat), VegaLite.RunTip()]);
        return new Chart("intelligence-vs-speed", "Intelligence vs output speed", summary, spec, table);
    }

    private Chart SpeedVsPrice()
    {
        var table = new ChartTable([Name(), Hidden("href"), Creator(), new("price", "Blended price (USD / 1M)", PriceText), new("price_kind", "Price"),
            new("speed", "Median output speed (tokens/s)", NumberText), Run(), Hidden("highlight")]);
        var measured = _rows.Where(r => r.Speed is not null).ToList();
        foreach (var r in measured.Where(r => r.PricePoint is not null))
            table.Add(r.Card.Name, Links.Model(r.Card.Slug), r.Card.Creator, (double)r.Blended!.Value, PriceKind(r), r.Speed, r.Perf!.Run.Id, IsHighlight(r));
        var summary = table.Count == 0
            ? "No model has both a price and a perf run yet."
            : $"{table.Count} model{(table.Count == 1 ? "" : "s")} plotted by blended price (log scale) and median output speed (tokens/s, under the speed rule). " + Best(table, "speed", "price");
        var spec = VegaLite.Scatter(summary, table, ChartAxis.Price(PriceTitle), new ChartAxis("speed", "Median output speed (tokens/s)", ChartAxis.SpeedFormat),
            [VegaLite.NameTip(), VegaLite.CreatorTip(), VegaLite.Tip("price", "Blended price (USD / 1M tokens)", ChartAxis.UsdFormat), VegaLite.Tip("price_kind", "Price", type: "nominal"),
             VegaLite.Tip("speed", "Output speed (tokens/s)", ChartAxis.SpeedFormat), VegaLite.RunTip()], shapeByPriceKind: true);
        return new Chart("speed-vs-price", "Output speed vs price", summary, spec, table)
            { Note = LeftOut(measured.Count(r => r.PricePoint is null), "with a perf run but no price are") };
    }

    /// <summary>The evals that count for a model's index run: the index's components when it has any measured, else every eval measured.</summary>
    private static IEnumerable<EvalMeasurement> IndexEvals(LeaderboardRow r) =>
        r.Index is { } index && index.Components.Any(c => c.Score is not null)
            ? index.Components.Where(c => c.Score is not null).Select(c => r.Evals[c.Eval])
            : r.Evals.Values.OrderBy(e => e.Summary.Eval, StringComparer.OrdinalIgnoreCase);

    private Chart IndexTokens()
    {
        var table = PartTable("tokens", "Output tokens (projected to the full dataset)", TokensText);
        foreach (var r in _rows)
        {
            var order = 0;
            foreach (var e in IndexEvals(r))
                table.Add(r.Card.Name, Links.Model(r.Card.Slug), e.Summary.Eval, order++, IndexCalculator.ProjectedOutputTokens(e.Summary), e.Run.Id);
        }
        var summary = table.Count == 0 ? "No eval has been run yet."
            : $"Output tokens (reasoning included) each model used per eval, scaled to each eval's full dataset at one epoch, stacked: the verbosity of a full {IndexName ?? "index"} run. Fewer is cheaper and faster.";
        var spec = VegaLite.PartBars(summary, table, new ChartAxis("tokens", "Output tokens (projected)", "~s") { TickMinStep = 1 }, "Eval",
            [VegaLite.NameTip(), VegaLite.Tip("part", "Eval", type: "nominal"), VegaLite.Tip("tokens", "Output tokens", ChartAxis.CountFormat), VegaLite.RunTip()], stacked: true, ascending: true);
        return new Chart("index-tokens", "Output tokens used to run the index", summary, spec, table);
    }

    private Chart IndexCost()
    {
        var table = PartTable("usd", "Cost (USD, projected to the full dataset)", v => Format.Usd(Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture)));
        var unpriced = 0;
        var measuredCosts = 0;
        foreach (var r in _rows)
        {
            var evals = IndexEvals(r).ToList();
            if (evals.Count > 0 && evals.Any(e => e.Summary.CostUsd is null))
                unpriced++;
            var order = 0;
            var costed = evals.Where(e => e.Summary.CostUsd is not null).ToList();
            // A measured self-hosting cost is no list price: its bar says so (the legend note explains the mark).
            var name = costed.Count > 0 && costed.All(e => e.Summary.CostIsMeasured) ? r.Card.Name + MeasuredCostMark : r.Card.Name;
            measuredCosts += name == r.Card.Name ? 0 : 1;
            foreach (var e in costed)
                table.Add(name, Links.Model(r.Card.Slug), e.Summary.Eval, order++, IndexCalculator.ProjectedCostUsd(e.Summary), e.Run.Id);
        }
        var summary = table.Count == 0 ? "No eval run has a cost yet (a run has a cost when its endpoint has a price or a measured self-hosting cost)."
            : $"What each model's evals cost at its endpoint's list price (or, without one, its measured self-hosting cost), scaled to each eval's full dataset, stacked by eval: the cost of a full {IndexName ?? "index"} run.";
        var note = string.Join(" ", new[]
        {
            measuredCosts == 0 ? "" : $"“{MeasuredCostMark.Trim()}”: a measured self-hosting cost (the hardware's hourly rate over the throughput of the endpoint's perf run), not a list price.",
            LeftOut(unpriced, "whose eval runs have no cost (no price) are partly or wholly"),
        }.Where(n => n.Length > 0));
        var spec = VegaLite.PartBars(summary, table, new ChartAxis("usd", "Cost to run (USD, projected)", "$.2~r"), "Eval",
            [VegaLite.NameTip(), VegaLite.Tip("part", "Eval", type: "nominal"), VegaLite.Tip("usd", "Cost (USD)", "$.3~r"), VegaLite.RunTip()], stacked: true, ascending: true);
        return new Chart("index-cost", "Cost to run the index", summary, spec, table) { Note = note };
    }

    private Chart ContextWindow()
    {
        var table = new ChartTable([Name(), Hidden("href"), Creator(), new("tokens", "Context window (tokens)", TokensText), Hidden("highlight")]);
        foreach (var r in _rows.Where(r => r.Card.ContextWindowTokens is not null))
            table.Add(r.Card.Name, Links.Model(r.Card.Slug), r.Card.Creator, r.Card.ContextWindowTokens, IsHighlight(r));
        var summary = table.Count == 0 ? "No model states a context window." : $"{table.Count} models by context window (tokens, from the catalog), largest first. " + Top(table, "tokens", TokensText, "tokens");
        var spec = VegaLite.Bars(summary, table, new ChartAxis("tokens", "Context window (tokens)", "~s") { TickMinStep = 1 },
            [VegaLite.NameTip(), VegaLite.CreatorTip(), VegaLite.Tip("tokens", "Context window (tokens)", ChartAxis.CountFormat)]);
        return new Chart("context-window", "Context window", summary, spec, table);
    }

    private Chart Parameters()
    {
        var table = PartTable("billions", "Parameters (billions)", v => Format.Parameters(Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var r in _rows.Where(r => r.Card.ParametersTotalB is not null))
        {
            table.Add(r.Card.Name, Links.Model(r.Card.Slug), "total", 0, r.Card.ParametersTotalB, null);
            if (r.Card.ParametersActiveB is { } active)
                table.Add(r.Card.Name, Links.Model(r.Card.Slug), "active per token", 1, active, null);
        }
        var summary = table.Count == 0 ? "No model publishes its parameter count."
            : "Total and active (per token) parameters, in billions, as the creators publish them; a dense model's two bars are equal, a mixture of experts activates a fraction.";
        var spec = VegaLite.PartBars(summary, table, new ChartAxis("billions", "Parameters (billions)", "~s"), "Parameters",
            [VegaLite.NameTip(), VegaLite.Tip("part", "Parameters", type: "nominal"), VegaLite.Tip("billions", "Billions", ",.4~r")], stacked: false);
        return new Chart("parameters", "Parameters: total and active", summary, spec, table);
    }

    private Chart Latency()
    {
        var table = PartTable("seconds", "Median (s)", SecondsText);
        foreach (var r in _rows.Where(r => r.Perf is not null))
        {
            var s = r.Perf!.Summary;
            if (r.Ttft is { } ttft)
                table.Add(r.Card.Name, Links.Model(r.Card.Slug), "time to first token", 0, ttft, r.Perf.Run.Id);
            if (s.FirstAnswerTokenSeconds is { N: > 0 } answer)
                table.Add(r.Card.Name, Links.Model(r.Card.Slug), "time to first answer token", 1, answer.P50, r.Perf.Run.Id);
        }
        var summary = table.Count == 0 ? "No perf run yet."
            : "Median time to the first token (reasoning included, under the speed rule) and to the first answer token (the newest run behind it), in seconds; shorter is better. For a non-reasoning model the two are about equal.";
        var spec = VegaLite.PartBars(summary, table, new ChartAxis("seconds", "Median time (s)", ChartAxis.SecondsFormat), "Figure",
            [VegaLite.NameTip(), VegaLite.Tip("part", "Figure", type: "nominal"), VegaLite.Tip("seconds", "Median (s)", ChartAxis.SecondsFormat), VegaLite.RunTip()], stacked: false, ascending: true);
        return new Chart("latency", "Time to first token and to first answer token", summary, spec, table);
    }

    private Chart E2e500()
    {
        var table = PartTable("seconds", "Seconds", SecondsText);
        foreach (var r in _rows.Where(r => r.Perf is not null))
        {
            if (E2e500Breakdown.Of(r.Perf!.Summary) is not { } parts)
                continue;
            var href = Links.Model(r.Card.Slug);
            table.Add(r.Card.Name, href, "input (time to first token)", 0, parts.TtftSeconds, r.Perf.Run.Id);
            table.Add(r.Card.Name, href, "thinking", 1, parts.ThinkingSeconds, r.Perf.Run.Id);
            table.Add(r.Card.Name, href, "answer (500 tokens)", 2, parts.AnswerSeconds, r.Perf.Run.Id);
        }
        var summary = table.Count == 0 ? "No perf run yet."
            : "End-to-end time for a 500-token answer, stacked: time to first token, thinking (mean reasoning tokens / output speed) and 500 tokens at the median output speed, from the newest run behind each model's speed figure; shorter is better.";
        var spec = VegaLite.PartBars(summary, table, new ChartAxis("seconds", "End-to-end time for 500 tokens (s)", ChartAxis.SecondsFormat), "Phase",
            [VegaLite.NameTip(), VegaLite.Tip("part", "Phase", type: "nominal"), VegaLite.Tip("seconds", "Seconds", ChartAxis.SecondsFormat), VegaLite.RunTip()], stacked: true, ascending: true);
        return new Chart("e2e-500", "End-to-end time for 500 tokens", summary, spec, table);
    }

    private Chart EvalScores()
    {
        var table = new ChartTable([Name(), Hidden("href"), new("part", "Eval"), new("score", "Score (%)", NumberText), new("low", "95 % CI low (%)", NumberText),
            new("high", "95 % CI high (%)", NumberText), new("n", "n"), Run()]);
        foreach (var r in _rows)
            foreach (var e in r.Evals.Values.OrderBy(e => e.Summary.Eval, StringComparer.OrdinalIgnoreCase))
            {
                var s = e.Summary;
                table.Add(r.Card.Name, Links.Model(r.Card.Slug), s.Eval, s.Score * 100, s.Ci95[0] * 100, s.Ci95[1] * 100, s.N, e.Run.Id);
            }
        var summary = table.Count == 0 ? "No eval has been run yet."
            : "Each eval's score (%) per model with its 95 % confidence interval (the bar): two models differ on an eval only where their intervals leave room for it.";
        var spec = VegaLite.Intervals(summary, table, ChartAxis.Score("score", "Score (%) with 95 % CI"), "Eval",
            [VegaLite.NameTip(), VegaLite.Tip("part", "Eval", type: "nominal"), VegaLite.Tip("score", "Score (%)", ChartAxis.ScoreFormat),
             VegaLite.Tip("low", "95 % CI low (%)", ChartAxis.ScoreFormat), VegaLite.Tip("high", "95 % CI high (%)", ChartAxis.ScoreFormat), VegaLite.Tip("n", "n", ChartAxis.CountFormat), VegaLite.RunTip()]);
        return new Chart("eval-scores", "Scores per eval with 95 % intervals", summary, spec, table);
    }

    /// <summary>A long-format table: one row per model and part (eval, phase, figure).</summary>
    private static ChartTable PartTable(string valueField, string valueHeader, Func<object?, string> display) =>
        new([Name(), Hidden("href"), new("part", "Part"), Hidden("order"), new(valueField, valueHeader, display), Run()]);

    /// <summary>"Highest: X (value)" for a bar chart's summary.</summary>
    private static string Top(ChartTable table, string field, Func<object?, string> display, string unit)
    {
        var top = table.Rows.MaxBy(row => Convert.ToDouble(table.Value(row, field), System.Globalization.CultureInfo.InvariantCulture))!;
        return $"Largest: {table.Value(top, "name")} ({display(table.Value(top, field))} {unit}).";
    }

    /// <summary>A scatter's summary names the top model on y and the cheapest (or fastest) on x.</summary>
    private static string Best(ChartTable table, string yField, string xField, bool higherXIsBetter = false)
    {
        double V(object?[] row, string f) => Convert.ToDouble(table.Value(row, f), System.Globalization.CultureInfo.InvariantCulture);
        var topY = table.Rows.MaxBy(row => V(row, yField))!;
        var bestX = higherXIsBetter ? table.Rows.MaxBy(row => V(row, xField))! : table.Rows.MinBy(row => V(row, xField))!;
        var yCol = table.Columns.First(c => c.Field == yField);
        var xCol = table.Columns.First(c => c.Field == xField);
        return $"Highest {yCol.Header}: {table.Value(topY, "name")} ({yCol.Show(table.Value(topY, yField))}); "
            + $"{(higherXIsBetter ? "highest" : "lowest")} {xCol.Header}: {table.Value(bestX, "name")} ({xCol.Show(table.Value(bestX, xField))}).";
    }
}
