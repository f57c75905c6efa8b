using System.Globalization;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Charts;

/// <summary>
/// One model across its providers (<see cref="ProviderComparison"/>): output speed and TTFT by endpoint and location,
/// coloured by provider, each bar linked to the newest run behind it, the blended price in every tooltip and table.
/// Only measured rows are drawn; the page's table lists every route.
/// </summary>
internal static class ProviderCharts
{
    public const string SpeedId = "providers-speed", TtftId = "providers-ttft";

    public static IReadOnlyList<Chart> Build(IReadOnlyList<ProviderRow> rows, BlendRatio ratio) =>
    [
        Figure(SpeedId, "Output speed by provider", "Median output speed (tokens/s)", rows, ratio, s => s.OutputTokensPerSecond, v => Format.Number(v, "0.#") + " tokens/s",
            ChartAxis.SpeedFormat, lowerIsBetter: false),
        Figure(TtftId, "Time to first token by provider", "Median time to first token (s)", rows, ratio, s => s.TtftSeconds, Format.Seconds, ChartAxis.SecondsFormat, lowerIsBetter: true),
    ];

    private static Chart Figure(string id, string title, string axisTitle, IReadOnlyList<ProviderRow> rows, BlendRatio ratio, Func<ModelSpeed, double?> figure,
        Func<double, string> display, string format, bool lowerIsBetter)
    {
        var priceHeader = $"Blended price (USD / 1M, {ratio})";
        var table = new ChartTable([new("name", "Provider · location"), new("provider", "Provider", InTable: false),
            new("value", axisTitle, v => display(Convert.ToDouble(v, CultureInfo.InvariantCulture))),
            new("price", priceHeader, v => Format.Price(new UsdPerMillionTokens(Convert.ToDecimal(v, CultureInfo.InvariantCulture)))),
            new("basis", "Speed rule"), new("run", "Run"), new("href", "href", InTable: false), new("highlight", "highlight", InTable: false)]) { LinkField = null };
        var measured = rows.Where(r => r.Speed is { } s && figure(s) is not null).OrderBy(r => lowerIsBetter ? figure(r.Speed!) : -figure(r.Speed!)).ToList();
        foreach (var r in measured)
            table.Add(r.Label, r.Provider, figure(r.Speed!), (double?)r.Blended?.Value, r.Speed!.Statement, r.Speed.Newest.Run.Id, Links.Run(r.Speed.Newest.Run.Id), false);
        var unmeasured = rows.Count - measured.Count;
        var summary = table.Count == 0
            ? "No provider of this model has been measured yet."
            : $"{table.Count} provider route{(table.Count == 1 ? "" : "s")} and location{(table.Count == 1 ? "" : "s")} measured; "
              + $"{(lowerIsBetter ? "shortest" : "fastest")}: {table.Value(table.Rows[0], "name")} ({display(Convert.ToDouble(table.Value(table.Rows[0], "value"), CultureInfo.InvariantCulture))})"
              + (table.Count > 1 ? $", {(lowerIsBetter ? "longest" : "slowest")}: {table.Value(table.Rows[^1], "name")} ({display(Convert.ToDouble(table.Value(table.Rows[^1], "value"), CultureInfo.InvariantCulture))})" : "")
              + $". {(lowerIsBetter ? "Shorter" : "Higher")} is better; each bar follows the speed rule over that route's runs from that location.";
        var spec = VegaLite.Bars(summary, table, new ChartAxis("value", axisTitle, format),
            [VegaLite.Tip("name", "Provider · location", type: "nominal"), VegaLite.Tip("value", axisTitle, format), VegaLite.Tip("price", priceHeader, ChartAxis.UsdFormat),
             VegaLite.Tip("basis", "Speed rule", type: "nominal"), VegaLite.RunTip()], ascending: lowerIsBetter, colourByCreator: false, colourField: ("provider", "Provider"));
        return new Chart(id, title, summary, spec, table) { Note = unmeasured == 0 ? null : $"{unmeasured} listed route{(unmeasured == 1 ? " has" : "s have")} no perf run yet (see the table above)." };
    }
}
