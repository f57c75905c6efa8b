using System.Text.Json;

namespace Yardstick.Web.Tests.Pages;

/// <summary>The model page's "By provider" section: GPT-4o measured on its OpenAI route from us and its Azure route from eu.</summary>
public sealed class ProviderComparisonTests(HistorySite site) : IClassFixture<HistorySite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_endpoints_are_compared_by_price_speed_and_ttft_with_their_locations()
    {
        // When GPT-4o's page and its provider-speed chart data are read
        var html = await site.Client.GetStringAsync("/models/gpt-4o", Ct);
        using var data = JsonDocument.Parse(await site.Client.GetStringAsync("/api/charts/models/gpt-4o/providers-speed/data.json", Ct));
        using var ttft = JsonDocument.Parse(await site.Client.GetStringAsync("/api/charts/models/gpt-4o/providers-ttft/data.json", Ct));

        // Then the table has a row per route and location, each with its price and its own median speed and TTFT
        var section = html[html.IndexOf("id=\"providers\"", StringComparison.Ordinal)..html.IndexOf("id=\"intelligence\"", StringComparison.Ordinal)];
        Assert.Contains("<td>OpenAI (first party)</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td>us</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td>Azure OpenAI</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td>eu</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">110</td>\n                                <td class=\"num\">410 ms</td>", section.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">85</td>\n                                <td class=\"num\">660 ms</td>", section.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("$4.38", section, StringComparison.Ordinal);
        // and the charts plot both routes, fastest first and shortest TTFT first, each linked to its newest run
        var speeds = data.RootElement.EnumerateArray().Select(r => (r.GetProperty("name").GetString(), r.GetProperty("value").GetDouble(), r.GetProperty("href").GetString())).ToList();
        Assert.Equal([("OpenAI · us", 110d, "/runs/perf-h-openai-1"), ("Azure OpenAI · eu", 85d, "/runs/perf-h-azure-1")], speeds);
        Assert.Equal(["OpenAI · us", "Azure OpenAI · eu"], ttft.RootElement.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Contains("id=\"chart-providers-speed\"", html, StringComparison.Ordinal);
        Assert.Contains("fastest: OpenAI · us (110 tokens/s), slowest: Azure OpenAI · eu (85 tokens/s)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_with_one_route_has_no_provider_section()
    {
        // When Claude Haiku 4.5's page (one route, unmeasured here) is read
        var html = await site.Client.GetStringAsync("/models/claude-haiku-4.5", Ct);

        // Then there is nothing to compare, so no section and no chart
        Assert.DoesNotContain("id=\"providers\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart-providers-", html, StringComparison.Ordinal);
    }
}
