using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Yardstick.Core.Catalog;
using Yardstick.Core.Evals;
using Yardstick.Web.Tests.Browser;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Charts;

/// <summary>The compare page's category profile under an index with categories, over the seed runs (gsm8k only).</summary>
public sealed class CategoryProfileChartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Two categories: maths (gsm8k, math-500) and code (humaneval); the seed runs have gsm8k only.</summary>
    private static readonly IndexDefinition WithCategories = IndexDefinition.Parse("""
        {
          "name": "Test Index", "version": "2",
          "categories": [ { "name": "maths", "weight": 0.5 }, { "name": "code", "weight": 0.5 } ],
          "components": [
            { "eval": "gsm8k", "category": "maths", "weight": 0.1 }, { "eval": "math-500", "category": "maths", "weight": 0.4 },
            { "eval": "humaneval", "category": "code", "weight": 0.5 }
          ]
        }
        """);

    private static async Task<SiteServer> StartAsync(IndexDefinition index) =>
        await SiteServer.StartAsync(new InMemoryCatalogStore(SeedCatalog.All()), await SeedRuns.CreateAsync(Ct), new SiteOptions { Index = index }, Ct);

    [Fact]
    public async Task Categories_are_side_by_side_and_an_unmeasured_one_says_so()
    {
        // Given GPT-4o (gsm8k 95 %) and Qwen3 4B (gsm8k 90 %) under an index with a maths and a code category
        await using var site = await StartAsync(WithCategories);

        // When their comparison page and its category chart data are read
        var html = await site.Client.GetStringAsync("/compare/gpt-4o/qwen3-4b-reasoning", Ct);
        var rows = JsonNode.Parse(await site.Client.GetStringAsync("/api/charts/compare/gpt-4o/qwen3-4b-reasoning/compare-categories/data.json", Ct))!.AsArray();

        // Then maths is 95 vs 90 from gsm8k only, and code is "not measured" for both: rows without a score, never 0
        Assert.Contains("Maths: GPT-4o 95, Qwen3 4B (Reasoning) 90. Code: GPT-4o not measured, Qwen3 4B (Reasoning) not measured.", html, StringComparison.Ordinal);
        Assert.Contains("from gsm8k only (no math-500 run)", html, StringComparison.Ordinal);
        Assert.Contains("not measured (no humaneval run)", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-compare-categories\"", html, StringComparison.Ordinal);
        Assert.Equal(4, rows.Count);
        Assert.Equal(95, rows.Single(r => r!["name"]!.GetValue<string>() == "maths (50 %)" && r["part"]!.GetValue<string>() == "GPT-4o")!["score"]!.GetValue<double>(), 9);
        Assert.All(rows.Where(r => r!["name"]!.GetValue<string>() == "code (50 %)"), r => Assert.Null(r!["score"]));
    }

    [Fact]
    public async Task An_index_without_categories_says_the_profile_is_not_shown()
    {
        await using var site = await StartAsync(SeedIndex.Definition);

        var html = await site.Client.GetStringAsync("/compare/gpt-4o/qwen3-4b-reasoning", Ct);

        Assert.Contains("Not shown: the configured index (Test Index v1) has no categories", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart-compare-categories", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_browser_the_profile_draws_a_bar_per_measured_model_category()
    {
        await using var site = await StartAsync(WithCategories);

        var bars = await Chromium.WithPageAsync(site.Address, 390, javaScript: true, async page =>
        {
            await page.GotoAsync("/compare/gpt-4o/qwen3-4b-reasoning");
            await page.Locator("#chart-compare-categories.vl-drawn").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            return await page.Locator("#chart-compare-categories svg g.mark-rect.role-mark path").CountAsync();
        });

        // Two measured bars (maths for each model); the unmeasured code category draws none
        Assert.Equal(2, bars);
    }
}
