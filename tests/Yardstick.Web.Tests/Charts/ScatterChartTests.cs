using System.Globalization;
using Yardstick.Web.Charts;

namespace Yardstick.Web.Tests.Charts;

public sealed class ScatterChartTests
{
    private static string Render(params ChartPoint[] points) =>
        new ScatterChart("Speed vs price", "price", "tokens/s", x => x.ToString("0.##", CultureInfo.InvariantCulture), y => y.ToString("0", CultureInfo.InvariantCulture))
            .Render(points).ToString()!;

    [Fact]
    public void Prices_are_placed_on_a_log_axis()
    {
        // Given points at $0.1, $1 and $10 (one decade apart)
        var svg = Render(new ChartPoint("a", 0.1, 10, "/models/a"), new ChartPoint("b", 1, 10, "/models/b"), new ChartPoint("c", 10, 10, "/models/c"));

        // Then their x positions are evenly spaced: log scale
        var xs = System.Text.RegularExpressions.Regex.Matches(svg, "<circle cx=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, xs.Count);
        Assert.Equal(xs[1] - xs[0], xs[2] - xs[1], 1);
        Assert.Contains("<a href=\"/models/b\">", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_are_encoded_and_impossible_points_left_out()
    {
        // Given a label with markup and a point with no positive price
        var svg = Render(new ChartPoint("<b>x</b>", 1, 5, "/models/x"), new ChartPoint("free", 0, 5, "/models/free"), new ChartPoint("nan", 1, double.NaN, "/models/nan"));

        // Then the label is text, and only the drawable point is drawn
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", svg, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "<circle "));
    }
}
