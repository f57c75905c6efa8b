using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Pages;

/// <summary>The load-curve partial on the model page and on a level's run page, without script: its summary, frontier and table.</summary>
public sealed class LoadCurveViewTests(LoadCurveSite site) : IClassFixture<LoadCurveSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_model_page_shows_its_newest_capacity_search_with_the_frontier_marked()
    {
        var html = await site.Client.GetStringAsync($"/models/{LoadCurveSite.Slug}", Ct);

        // Then the curve's figure is there with one table row per level, in level order, and the frontier at 6 streams
        Assert.Contains("id=\"load-curve\"", html, StringComparison.Ordinal);
        Assert.Contains("Capacity search: system throughput vs per-user speed", html, StringComparison.Ordinal);
        Assert.Contains("6 streams is the highest level measured that met them; 7 streams failed (ttft_s)", html, StringComparison.Ordinal);
        var table = html[html.IndexOf("id=\"load-curve-table\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var levelOrder = new[] { 1, 2, 4, 6, 7, 8 }.Select(l => table.IndexOf(SeedLoadSeries.RunId(l), StringComparison.Ordinal)).ToList();
        Assert.All(levelOrder, i => Assert.True(i > 0));
        Assert.Equal(levelOrder.Order(), levelOrder);
        Assert.Contains("<td>frontier</td>", table, StringComparison.Ordinal);
        Assert.Contains("fails the SLOs", table, StringComparison.Ordinal);
        // And the spec draws per-user speed against system throughput
        Assert.Contains("\"field\":\"per_user\"", html, StringComparison.Ordinal);
        Assert.Contains("\"field\":\"system\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_run_page_shows_its_series_and_a_run_outside_any_series_shows_none()
    {
        var level = await site.Client.GetStringAsync($"/runs/{SeedLoadSeries.RunId(4)}", Ct);
        var plain = await site.Client.GetStringAsync($"/runs/{SeedRuns.Qwen3Perf}", Ct);

        Assert.Contains("id=\"load-curve\"", level, StringComparison.Ordinal);
        Assert.Contains(SeedLoadSeries.SeriesId, level, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"load-curve\"", plain, StringComparison.Ordinal);
    }
}
