using System.Net;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Pages;

public sealed class ModelPageTests(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unmeasured_model_shows_its_facts_and_says_not_measured_yet()
    {
        // When GPT-4.1's page (no runs) is read
        var html = await site.Client.GetStringAsync("/models/gpt-4.1", Ct);

        // Then it shows its facts, price, context in pages, sources, FAQ and JSON-LD, and no invented speed or score
        Assert.Contains("<h1>GPT-4.1</h1>", html, StringComparison.Ordinal);
        Assert.Contains("$3.50", html, StringComparison.Ordinal);
        Assert.Contains("1,047,576 tokens", html, StringComparison.Ordinal);
        Assert.Contains("1,571 A4 pages", html, StringComparison.Ordinal);
        Assert.Contains("Speed: not measured yet", html, StringComparison.Ordinal);
        Assert.Contains("Intelligence: not measured yet", html, StringComparison.Ordinal);
        Assert.Contains("Index: not measured yet.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://platform.openai.com/docs/pricing\"", html, StringComparison.Ordinal);
        Assert.Contains("application/ld+json", html, StringComparison.Ordinal);
        Assert.Contains("\"FAQPage\"", html, StringComparison.Ordinal);
        Assert.Contains("How much does GPT-4.1 cost?", html, StringComparison.Ordinal);
        // (runs appear only in the peer charts, which show the other models of its class)
        var own = html[..html.IndexOf("id=\"peer-charts\"", StringComparison.Ordinal)] + html[html.IndexOf("id=\"speed\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("/runs/", own, StringComparison.Ordinal);
        Assert.Contains("GPT-4.1 has no figure here yet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Placement_sentences_and_their_rule_are_shown_for_a_class_with_enough_peers()
    {
        // Given GPT-4.1's premium class also holds GPT-4o, Claude Sonnet 4.5 and Claude Haiku 4.5
        var html = await site.Client.GetStringAsync("/models/gpt-4.1", Ct);

        // Then its blended price is placed among those 3 peers, with the rule written out
        Assert.Contains("GPT-4.1&#x27;s blended price ($3.50) is", html, StringComparison.Ordinal);
        Assert.Contains("3 peers", html, StringComparison.Ordinal);
        Assert.Contains("percentile rank", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measured_model_shows_its_figures_linked_to_their_runs_and_the_newer_model_notice()
    {
        // When Qwen3 4B's page (one perf and one eval run) is read
        var html = await site.Client.GetStringAsync("/models/qwen3-4b-reasoning", Ct);

        // Then speed and score appear with n and CI, each linked to its run, and the successor is announced
        Assert.Contains($"href=\"/runs/{SeedRuns.Qwen3Perf}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/runs/{SeedRuns.Qwen3Gsm8k}\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">44</td>", html, StringComparison.Ordinal);
        Assert.Contains("90.0%", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"figure\">90</span> out of 100 (95 % CI", html, StringComparison.Ordinal);
        Assert.Contains(", estimated.", html, StringComparison.Ordinal);
        Assert.Contains("5 successful, 1 failed requests", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Speed: not measured yet", html, StringComparison.Ordinal);
        Assert.Contains("A newer model replaces this one", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/models/qwen3-4b-2507-reasoning\"", html, StringComparison.Ordinal);
        Assert.Contains("No price listed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_model_is_a_404_page_that_names_the_slug()
    {
        // When an unknown slug is asked for
        using var response = await site.Client.GetAsync("/models/no-such-model", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        // Then the answer is a 404 HTML page saying so
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("No model with slug &#x27;no-such-model&#x27;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_is_a_404_page()
    {
        // When a path that no page serves is asked for
        using var response = await site.Client.GetAsync("/no/such/page", Ct);

        // Then the site answers its 404 page
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
