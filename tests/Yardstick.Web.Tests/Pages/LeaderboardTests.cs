using System.Text.RegularExpressions;

namespace Yardstick.Web.Tests.Pages;

public sealed partial class LeaderboardTests(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("<td><a href=\"/models/([^\"]+)\">")]
    private static partial Regex ModelLink();

    private async Task<List<string>> OrderAsync(string query)
    {
        var html = await site.Client.GetStringAsync("/leaderboard" + query, Ct);
        // The main table only: the charts' tables link to model pages too.
        html = html[html.IndexOf("id=\"leaderboard\"", StringComparison.Ordinal)..];
        return ModelLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public async Task Sorting_by_blended_price_descending_puts_the_dearest_first_and_unpriced_last()
    {
        // When sorted by blended price, descending
        var order = await OrderAsync("?sort=blended&dir=desc");

        // Then Sonnet 4.5 (6.00) > GPT-4o (4.375) > GPT-4.1 (3.50) > Haiku 4.5 (2.00), then the unpriced models
        Assert.Equal(["claude-sonnet-4.5", "gpt-4o", "gpt-4.1", "claude-haiku-4.5"], order.Take(4));
        Assert.Equal(8, order.Count);
    }

    [Fact]
    public async Task An_unknown_sort_key_falls_back_to_the_name()
    {
        // When the sort key is nonsense
        var order = await OrderAsync("?sort=%3Cscript%3E&dir=sideways");

        // Then the table is sorted by name
        Assert.Equal(["claude-haiku-4.5", "claude-sonnet-4.5", "gpt-4.1", "gpt-4o", "nanbeige4.1-3b", "qwen3-4b-reasoning", "qwen3-4b-2507-reasoning", "qwen3.5-4b"], order);
    }

    [Fact]
    public async Task Charts_carry_vega_lite_specs_of_priced_measured_models_and_say_who_is_left_out()
    {
        // When the leaderboard is read (GPT-4o and Claude Haiku 4.5 are priced and measured; the self-hosted ones have no price)
        var html = await site.Client.GetStringAsync("/leaderboard", Ct);

        // Then each chart is a figure with its Vega-Lite spec, summary, table and downloads; unpriced models are counted
        // out of the price charts rather than plotted, and every script comes from the site itself
        foreach (var id in new[] { "intelligence-vs-price", "intelligence-vs-speed", "speed-vs-price", "index-tokens", "index-cost", "context-window",
                     "parameters", "latency", "e2e-500", "eval-scores" })
            Assert.Contains($"<figure class=\"card vl-chart\" id=\"chart-{id}\"", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/json\" class=\"vl-spec\">", html, StringComparison.Ordinal);
        Assert.Contains("GPT-4o (est.)", html, StringComparison.Ordinal);
        Assert.Contains("2 measured models with a perf run but no price are not plotted.", html, StringComparison.Ordinal);
        Assert.Contains("2 measured models with an intelligence figure but no price are not plotted.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/charts/leaderboard/speed-vs-price/data.csv?eval=index\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/assets/vendor/vega-lite.min.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_intelligence_chart_can_plot_one_eval_instead_of_the_index()
    {
        // When the reader picks gsm8k for the chart
        var spec = await site.Client.GetStringAsync("/api/charts/leaderboard/intelligence-vs-price/spec.json?eval=gsm8k", Ct);

        // Then the chart plots gsm8k scores
        Assert.Contains("\"title\":\"gsm8k score (%)\"", spec, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Name_sort_ignores_case_as_the_home_page_does()
    {
        // When the leaderboard is sorted by name and the home page lists the models
        var order = await OrderAsync("?sort=name");
        var home = await site.Client.GetStringAsync("/", Ct);
        var homeOrder = Regex.Matches(home, "<a href=\"/models/([^\"]+)\">").Select(m => m.Groups[1].Value).Distinct().ToList();

        // Then both orders agree
        Assert.Equal(order, homeOrder.Where(order.Contains).ToList());
    }

    [Fact]
    public async Task Sorting_by_the_index_puts_the_highest_first_and_models_without_one_last()
    {
        // When sorted by the index, descending (GPT-4o 95, Qwen3 4B 90, Nanbeige 75, all estimated from gsm8k)
        var order = await OrderAsync("?sort=index&dir=desc");

        // Then they lead in that order, the rest follow by name
        Assert.Equal(["gpt-4o", "qwen3-4b-reasoning", "nanbeige4.1-3b", "claude-haiku-4.5"], order.Take(4));
    }

    [Fact]
    public async Task Sorting_by_measured_speed_puts_unmeasured_models_last()
    {
        // When sorted by median output speed, descending
        var order = await OrderAsync("?sort=speed&dir=desc");

        // Then Haiku (160) > GPT-4o (110) > Qwen3.5 (72) > Qwen3 (44), then the unmeasured by name
        Assert.Equal(["claude-haiku-4.5", "gpt-4o", "qwen3.5-4b", "qwen3-4b-reasoning", "claude-sonnet-4.5"], order.Take(5));
    }
}
