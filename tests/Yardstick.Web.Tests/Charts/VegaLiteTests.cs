using System.Text.Json.Nodes;
using Yardstick.Web.Charts;

namespace Yardstick.Web.Tests.Charts;

public sealed class VegaLiteTests
{
    private static ChartTable Points(params (string Name, double Price, double Score)[] rows)
    {
        var table = new ChartTable([new("name", "Model"), new("href", "href", InTable: false), new("creator", "Creator"), new("price", "Price"), new("price_kind", "Price kind"),
            new("score", "Score"), new("run", "Run"), new("highlight", "h", InTable: false)]);
        foreach (var (name, price, score) in rows)
            table.Add(name, "/models/" + name, "Acme", price, "listed price", score, "run-1", name == "b");
        return table;
    }

    private static JsonObject Layer(JsonObject spec, string mark) =>
        spec["layer"]!.AsArray().Select(l => l!.AsObject()).First(l => l["mark"]!["type"]!.GetValue<string>() == mark);

    [Fact]
    public void A_price_scatter_has_a_log_x_axis_a_fixed_score_domain_links_and_unit_tooltips()
    {
        // Given two models, both scoring zero (the chart that used to read "0, 0, 1, 1, 1")
        var table = Points(("a", 0.5, 0), ("b", 4, 0));

        // When the scatter is built
        var spec = VegaLite.Scatter("d", table, ChartAxis.Price("Blended price (USD per 1M tokens)"), ChartAxis.Score("score", "Index (0–100)"),
            [VegaLite.Tip("price", "Blended price (USD / 1M tokens)", ChartAxis.UsdFormat)], shapeByPriceKind: true, attractive: new Quadrant(0.5, 2, 0, 100));
        var points = Layer(spec, "point")["encoding"]!;

        // Then x is log, y is fixed 0–100, points link to model pages, colour is by creator, the highlighted model is larger
        Assert.Equal("log", points["x"]!["scale"]!["type"]!.GetValue<string>());
        Assert.Equal([0d, 100d], points["y"]!["scale"]!["domain"]!.AsArray().Select(d => d!.GetValue<double>()));
        Assert.Equal("href", points["href"]!["field"]!.GetValue<string>());
        Assert.Equal("creator", points["color"]!["field"]!.GetValue<string>());
        Assert.Equal("price_kind", points["shape"]!["field"]!.GetValue<string>());
        Assert.Equal("datum.highlight", points["size"]!["condition"]!["test"]!.GetValue<string>());
        Assert.Contains("USD / 1M tokens", points["tooltip"]!.ToJsonString(), StringComparison.Ordinal);
        // And the attractive quadrant is a shaded rectangle from the cheapest price to the median, median score up
        var rect = Layer(spec, "rect");
        Assert.Equal(2d, rect["data"]!["values"]![0]!["x2"]!.GetValue<double>());
        Assert.Equal(2, spec["data"]!["values"]!.AsArray().Count);
        Assert.Equal(VegaLite.Schema, spec["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void A_crowded_scatter_drops_its_text_labels()
    {
        // Given more points than labels fit
        var table = Points([.. Enumerable.Range(0, VegaLite.MaxLabels + 1).Select(i => ($"m{i}", 1.0 + i, 50.0))]);

        // When the scatter is built
        var spec = VegaLite.Scatter("d", table, ChartAxis.Price("p"), ChartAxis.Score("score", "s"), []);

        // Then it has no text layer
        Assert.DoesNotContain(spec["layer"]!.AsArray(), l => l!["mark"]!["type"]!.GetValue<string>() == "text");
    }

    [Theory]
    [InlineData(true, "sum", null)]
    [InlineData(false, "max", "part")]
    public void Part_bars_stack_wholes_and_group_figures_side_by_side(bool stacked, string sortOp, string? offsetField)
    {
        // Given a long-format table
        var table = new ChartTable([new("name", "Model"), new("href", "href"), new("part", "Part"), new("order", "o"), new("seconds", "s"), new("run", "Run")]);
        table.Add("a", "/models/a", "ttft", 0, 0.2, "r").Add("a", "/models/a", "answer", 1, 3.0, "r");

        // When bars are built stacked or grouped
        var encoding = Layer(VegaLite.PartBars("d", table, new ChartAxis("seconds", "Seconds", ChartAxis.SecondsFormat), "Phase", [], stacked), "bar")["encoding"]!;

        // Then stacked bars sort by their sum, grouped ones sit side by side by part
        Assert.Equal(sortOp, encoding["y"]!["sort"]!["op"]!.GetValue<string>());
        Assert.Equal(offsetField, encoding["yOffset"]?["field"]?.GetValue<string>());
    }
}
