using System.Globalization;
using Yardstick.Core.Catalog;
using Yardstick.Core.Classes;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Statistics;
using Yardstick.Web.Data;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Charts;

/// <summary>
/// A model page's charts: the model among its comparison-class peers for each figure (bars, the model highlighted), its
/// speed and TTFT over time (<see cref="SpeedHistoryCharts"/>), and the latency distribution of its latest perf run.
/// </summary>
internal static class ModelCharts
{
    /// <summary>The charts of <paramref name="slug"/>'s page; null when the catalog has no such model.</summary>
    public static async Task<IReadOnlyList<Chart>?> BuildAsync(SiteData data, string slug, CancellationToken cancellationToken = default)
    {
        var card = await data.ModelAsync(slug, cancellationToken);
        if (card is null)
            return null;
        var rows = await data.LeaderboardRowsAsync(cancellationToken);
        var peers = ComparisonClassRule.PeersOf(card, rows.Select(r => r.Card), data.Ratio).Select(p => p.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var self = rows.First(r => string.Equals(r.Card.Slug, card.Slug, StringComparison.OrdinalIgnoreCase));
        var group = rows.Where(r => r == self || peers.Contains(r.Card.Slug)).ToList();
        var label = ClassLabel.Short(ComparisonClassRule.Classify(card, data.Ratio));
        var charts = new List<Chart>
        {
            PeerBars("peers-price", "Blended price among its peers", $"Blended price (USD per 1M tokens, {data.Ratio})", r => (double?)r.Blended, self, group, label,
                v => Format.Price(new UsdPerMillionTokens((decimal)v)), ChartAxis.UsdFormat, lowerIsBetter: true),
            PeerBars("peers-speed", "Output speed among its peers", "Median output speed (tokens/s)", r => r.Speed, self, group, label,
                v => Format.Number(v, "0.#"), ChartAxis.SpeedFormat, lowerIsBetter: false, run: r => r.Perf?.Run.Id),
            PeerBars("peers-ttft", "Time to first token among its peers", "Median time to first token (s)", r => r.Ttft, self, group, label,
                Format.Seconds, ChartAxis.SecondsFormat, lowerIsBetter: true, run: r => r.Perf?.Run.Id),
        };
        if (self.Index is { } index)
            charts.Add(PeerBars("peers-index", $"{index.Index} v{index.Version} among its peers", $"{index.Index} v{index.Version} (0–100)", r => r.Index?.Version == index.Version ? r.Index.Value : null, self, group, label,
                v => Format.Number(v, "0.#"), ChartAxis.ScoreFormat, lowerIsBetter: false));
        foreach (var eval in self.Evals.Keys.Order(StringComparer.OrdinalIgnoreCase))
            charts.Add(PeerBars($"peers-{eval}", $"{eval} among its peers", $"{eval} score (%)", r => r.Evals.TryGetValue(eval, out var e) ? e.Summary.Score * 100 : null,
                self, group, label, v => Format.Number(v, "0.#"), ChartAxis.ScoreFormat, lowerIsBetter: false, run: r => r.Evals.TryGetValue(eval, out var e) ? e.Run.Id : null));
        charts.AddRange(SpeedHistoryCharts.Build(card.Slug, self.Measured, DateTimeOffset.UtcNow));
        // The per-provider charts exist only where there is something to compare: two routes or locations.
        if (ProviderComparison.Of(card, self.Measured, data.Ratio) is { Count: >= 2 } providers)
            charts.AddRange(ProviderCharts.Build(providers, data.Ratio));
        charts.Add(LatencyDistribution(self.Measured));
        return charts;
    }

    private static Chart PeerBars(string id, string title, string axisTitle, Func<LeaderboardRow, double?> figure, LeaderboardRow self, IReadOnlyList<LeaderboardRow> group,
        string classLabel, Func<double, string> display, string format, bool lowerIsBetter, Func<LeaderboardRow, string?>? run = null)
    {
        var table = new ChartTable([new("name", "Model"), new("href", "href", InTable: false), new("creator", "Creator"),
            new("value", axisTitle, v => display(Convert.ToDouble(v, CultureInfo.InvariantCulture))), new("run", "Run"), new("highlight", "This model", v => (bool)v! ? "this model" : "", InTable: true)]);
        var ranked = group.Where(r => figure(r) is not null).OrderBy(r => lowerIsBetter ? figure(r) : -figure(r)).ToList();
        var mine = figure(self);
        var rank = mine is null ? 0 : ranked.IndexOf(self) + 1;
        var shown = PeerRows.Shown(ranked.Count, rank);
        foreach (var i in shown)
            table.Add(ranked[i].Card.Name, Links.Model(ranked[i].Card.Slug), ranked[i].Card.Creator, figure(ranked[i]), run?.Invoke(ranked[i]), ranked[i] == self);
        var summary = mine is null
            ? $"{self.Card.Name} has no figure here yet; {ranked.Count} model{(ranked.Count == 1 ? "" : "s")} of its class ({classLabel}) have one."
            : $"{self.Card.Name}: {display(mine.Value)}, {Ordinal(rank)} of {ranked.Count} in its class ({classLabel}) with this figure ({(lowerIsBetter ? "lower" : "higher")} is better).";
        if (shown.Count < ranked.Count)
            summary += $" The chart shows the top {PeerRows.Leaders} and the {PeerRows.Neighbours} either side of it.";
        var spec = VegaLite.Bars(summary, table, new ChartAxis("value", axisTitle, format) { Domain = format == ChartAxis.ScoreFormat ? [0, 100] : null },
            [VegaLite.NameTip(), VegaLite.CreatorTip(), VegaLite.Tip("value", axisTitle, format), VegaLite.RunTip()], ascending: lowerIsBetter, colourByCreator: false);
        return new Chart(id, title, summary, spec, table);
    }

    private static Chart LatencyDistribution(ModelMeasurements measured)
    {
        var table = new ChartTable([new("part", "Figure"), new("seconds", "Seconds", v => Format.Seconds(Convert.ToDouble(v, CultureInfo.InvariantCulture))),
            new("percentile", "Share of requests at or under it (%)"), new("run", "Run")]) { LinkField = null };
        if (measured.LatestPerf is { } perf)
        {
            void Add(string part, DistributionSummary d)
            {
                if (d.N == 0)
                    return;
                foreach (var (p, v) in new[] { (5, d.P5), (25, d.P25), (50, d.P50), (75, d.P75), (95, d.P95), (99, d.P99) })
                    table.Add(part, v, p, perf.Run.Id);
            }
            Add("time to first token", perf.Summary.TtftSeconds);
            Add("end-to-end latency", perf.Summary.E2eLatencySeconds);
        }
        var summary = table.Count == 0 ? "No perf run yet."
            : $"The distribution of per-request latency in the latest perf run (n = {measured.LatestPerf!.Summary.TtftSeconds.N}), as an ECDF through its p5, p25, p50, p75, p95 and p99: read across from a share of requests to the time they took at most.";
        var spec = VegaLite.Curves(summary, table, new ChartAxis("seconds", "Seconds", ChartAxis.SecondsFormat), new ChartAxis("percentile", "Requests at or under (%)", "d") { Domain = [0, 100] }, "Figure",
            [VegaLite.Tip("part", "Figure", type: "nominal"), VegaLite.Tip("percentile", "Percentile", "d"), VegaLite.Tip("seconds", "Seconds", ChartAxis.SecondsFormat), VegaLite.RunTip()]);
        return new Chart("latency-distribution", "Latency distribution of the latest perf run", summary, spec, table);
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
