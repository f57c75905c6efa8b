using System.Globalization;
using Yardstick.Core.Metrics;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Charts;

/// <summary>
/// A comparison page's charts: the two models side by side for every figure both have (prices, speed, latency, shared
/// measured evals with their intervals). A figure only one model has is left out of the chart and named in its note.
/// </summary>
internal static class CompareCharts
{
    /// <summary>The charts; with an <paramref name="index"/> that has categories (v2), the category profile too (<see cref="CategoryProfileChart"/>).</summary>
    public static IReadOnlyList<Chart> Build(ModelComparison cmp, Yardstick.Core.Evals.IndexDefinition? index = null)
    {
        var a = cmp.A;
        var b = cmp.B;
        var charts = new List<Chart>();

        var priceA = a.HeadlinePrice;
        var priceB = b.HeadlinePrice;
        charts.Add(Pairs("compare-price", "Prices side by side", "USD per 1M tokens", ChartAxis.UsdFormat, v => Format.Price(new UsdPerMillionTokens((decimal)v)), cmp,
        [
            ("input", Usd(priceA?.Input), Usd(priceB?.Input), null, null),
            ("output", Usd(priceA?.Output), Usd(priceB?.Output), null, null),
            ($"blended {cmp.BlendRatio}", Blend(priceA, cmp.BlendRatio), Blend(priceB, cmp.BlendRatio), null, null),
        ], "Headline prices (first-party API, else the median across providers); lower is cheaper."));

        // Speed and TTFT follow the one speed rule (SpeedRule); the other latency figures come from the newest run behind it.
        var speedA = cmp.MeasuredA.Speed;
        var speedB = cmp.MeasuredB.Speed;
        var perfA = speedA?.Newest;
        var perfB = speedB?.Newest;
        charts.Add(Pairs("compare-speed", "Output speed side by side", "Median output tokens/s", ChartAxis.SpeedFormat, v => Format.Number(v, "0.#"), cmp,
        [
            ("output speed", speedA?.OutputTokensPerSecond, speedB?.OutputTokensPerSecond, perfA?.Run.Id, perfB?.Run.Id),
        ], $"Median output tokens per second after the first chunk (o200k-normalised); higher is faster. {SpeedRule.Description}"));

        var e2eA = perfA is null ? null : E2e500Breakdown.Of(perfA.Summary);
        var e2eB = perfB is null ? null : E2e500Breakdown.Of(perfB.Summary);
        charts.Add(Pairs("compare-latency", "Latency side by side", "Seconds", ChartAxis.SecondsFormat, Format.Seconds, cmp,
        [
            ("time to first token", speedA?.TtftSeconds, speedB?.TtftSeconds, perfA?.Run.Id, perfB?.Run.Id),
            ("time to first answer token", Median(perfA?.Summary.FirstAnswerTokenSeconds), Median(perfB?.Summary.FirstAnswerTokenSeconds), perfA?.Run.Id, perfB?.Run.Id),
            ("end-to-end, 500 tokens", e2eA?.TotalSeconds, e2eB?.TotalSeconds, perfA?.Run.Id, perfB?.Run.Id),
        ], "Time to first token under the speed rule; first answer token and 500-token time from the newest run behind it; shorter is better."));

        var evals = cmp.SharedBenchmarks.Where(s => s.Measured).ToList();
        var table = new ChartTable([new("name", "Eval"), new("href", "href", InTable: false), new("part", "Model"), new("score", "Score (%)", Num),
            new("low", "95 % CI low (%)", Num), new("high", "95 % CI high (%)", Num), new("run", "Run")]) { LinkField = null };
        foreach (var s in evals)
        {
            table.Add(s.Benchmark, null, a.Name, s.A.Value, s.A.Lower, s.A.Upper, s.A.Source.Reference);
            table.Add(s.Benchmark, null, b.Name, s.B.Value, s.B.Lower, s.B.Upper, s.B.Source.Reference);
        }
        var summary = table.Count == 0 ? "The two models share no eval measured by Yardstick."
            : $"{evals.Count} eval{(evals.Count == 1 ? "" : "s")} measured for both, each score with its 95 % interval; the statements below say which differences are real.";
        charts.Add(new Chart("compare-evals", "Shared evals with 95 % intervals", summary,
            VegaLite.Intervals(summary, table, ChartAxis.Score("score", "Score (%) with 95 % CI"), "Model",
                [VegaLite.Tip("name", "Eval", type: "nominal"), VegaLite.Tip("part", "Model", type: "nominal"), VegaLite.Tip("score", "Score (%)", ChartAxis.ScoreFormat),
                 VegaLite.Tip("low", "95 % CI low (%)", ChartAxis.ScoreFormat), VegaLite.Tip("high", "95 % CI high (%)", ChartAxis.ScoreFormat), VegaLite.RunTip()]), table));
        if (index is not null && CategoryProfileChart.Build(index, cmp) is { } profile)
            charts.Add(profile);
        return charts;
    }

    /// <summary>
    /// The paired-significance statement for one shared measured eval: the difference A − B in points with its 95 %
    /// interval (Newcombe's method from the two Wilson intervals), and whether the interval excludes zero.
    /// </summary>
    public static string Significance(SharedBenchmark s, string nameA, string nameB)
    {
        if (s.DifferenceCi is not { } ci)
            return $"{s.Benchmark}: {nameA} {Format.Number(s.A.Value, "0.#")} vs {nameB} {Format.Number(s.B.Value, "0.#")} (published point values: no interval, no test).";
        var lead = s.Difference >= 0 ? nameA : nameB;
        var gap = Format.Number(Math.Abs(s.Difference), "0.#");
        var interval = $"95 % CI of A − B {Format.Number(ci.Lower, "0.#")} to {Format.Number(ci.Upper, "0.#")} points, Newcombe";
        return ci.ExcludesZero
            ? $"{s.Benchmark}: {lead} leads by {gap} points ({interval}); the interval excludes zero, so the difference is significant at the 5 % level."
            : $"{s.Benchmark}: {lead} is {gap} points ahead ({interval}); the interval includes zero, so the two are not distinguishable on this eval.";
    }

    private static string Num(object? v) => Format.Number(Convert.ToDouble(v, CultureInfo.InvariantCulture), "0.#");

    private static double? Usd(UsdPerMillionTokens? price) => price is { IsNoPrice: false } p ? (double)p.Value : null;

    private static double? Blend(TokenPrice? price, BlendRatio ratio) => price is null ? null : Usd(BlendedPrice.Compute(price, ratio));

    private static double? Median(Yardstick.Core.Statistics.DistributionSummary? d) => d is { N: > 0 } && !double.IsNaN(d.P50) ? d.P50 : null;

    /// <summary>Grouped bars: one group per figure (the <c>name</c> field), one bar per model (<c>part</c>); only figures both models have.</summary>
    private static Chart Pairs(string id, string title, string unit, string format, Func<double, string> display, ModelComparison cmp,
        IReadOnlyList<(string Figure, double? A, double? B, string? RunA, string? RunB)> figures, string what)
    {
        var table = new ChartTable([new("name", "Figure"), new("href", "href", InTable: false), new("part", "Model"), new("order", "order", InTable: false),
            new("value", unit, v => display(Convert.ToDouble(v, CultureInfo.InvariantCulture))), new("run", "Run")]) { LinkField = null };
        var onlyOne = new List<string>();
        foreach (var (figure, va, vb, runA, runB) in figures)
        {
            if (va is null || vb is null)
            {
                if (va is not null || vb is not null)
                    onlyOne.Add(figure);
                continue;
            }
            table.Add(figure, null, cmp.A.Name, 0, va, runA);
            table.Add(figure, null, cmp.B.Name, 1, vb, runB);
        }
        var summary = table.Count == 0 ? $"Not measured for both: {what}"
            : string.Join(" ", figures.Where(f => f.A is not null && f.B is not null)
                .Select(f => $"{Capitalised(f.Figure)}: {cmp.A.Name} {display(f.A!.Value)}, {cmp.B.Name} {display(f.B!.Value)}.")) + " " + what;
        var spec = VegaLite.PartBars(summary, table, new ChartAxis("value", unit, format), "Model",
            [VegaLite.Tip("name", "Figure", type: "nominal"), VegaLite.Tip("part", "Model", type: "nominal"), VegaLite.Tip("value", unit, format), VegaLite.RunTip()], stacked: false);
        return new Chart(id, title, summary, spec, table)
        {
            Note = onlyOne.Count == 0 ? null : $"Only one of the two has {string.Join(", ", onlyOne)}: left out rather than compared with nothing.",
        };
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
