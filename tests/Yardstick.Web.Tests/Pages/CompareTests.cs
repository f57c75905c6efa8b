using System.Net;

namespace Yardstick.Web.Tests.Pages;

public sealed class CompareTests(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_comparison_page_has_every_section_and_unavailable_cost_for_a_zero_price()
    {
        // When GPT-4.1 is compared with Qwen3 4B (self-hosted at a $0 listing)
        var html = await site.Client.GetStringAsync("/compare/gpt-4.1/qwen3-4b-reasoning", Ct);

        // Then every section is there, GPT-4.1 costs $36.00 a month and Qwen3 4B's cost is unavailable, not $0
        foreach (var id in new[] { "verdict", "scorecard", "choose", "monthly-cost", "switch-friction", "specs", "pricing", "capabilities", "shared-benchmarks", "faq", "sources" })
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        Assert.Contains("$36.00", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num unavailable\">unavailable</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("$0.00", html, StringComparison.Ordinal);
        Assert.Contains("Choose GPT-4.1 when…", html, StringComparison.Ordinal);
        Assert.Contains("yes (claimed)", html, StringComparison.Ordinal);
        Assert.Contains("No provider serves both", html, StringComparison.Ordinal);
        Assert.Contains("last reviewed 2026-11-26", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_traffic_form_recomputes_the_monthly_cost()
    {
        // When the reader asks for 1M input and 1M output tokens a month
        var html = await site.Client.GetStringAsync("/compare/gpt-4.1/gpt-4o?input_tokens=1000000&output_tokens=1000000", Ct);

        // Then the costs follow ($10.00 and $12.50) and the form keeps the values
        Assert.Contains("$10.00", html, StringComparison.Ordinal);
        Assert.Contains("$12.50", html, StringComparison.Ordinal);
        Assert.Contains("name=\"input_tokens\" inputmode=\"numeric\" value=\"1000000\"", html, StringComparison.Ordinal);
        Assert.Contains("OpenAI, Azure OpenAI", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_traffic_is_reported_and_the_default_is_used()
    {
        // When the traffic is not a number
        using var response = await site.Client.GetAsync("/compare/gpt-4.1/gpt-4o?input_tokens=lots", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        // Then the page still answers, says what is wrong and uses the default 10M / 2M ($36.00 for GPT-4.1)
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("input_tokens must be a whole number", html, StringComparison.Ordinal);
        Assert.Contains("$36.00", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measured_shared_benchmarks_show_the_difference_with_its_interval_and_runs()
    {
        // When the two models with gsm8k runs are compared
        var html = await site.Client.GetStringAsync("/compare/qwen3-4b-reasoning/nanbeige4.1-3b", Ct);

        // Then gsm8k shows +15 (the encoder writes + as &#x2B;) with a 95 % CI and links to both runs, and both indexes are in the scorecard
        Assert.Contains("&#x2B;15 (95 % CI", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/runs/eval-20261126T061000Z-d4e5f6\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/runs/eval-20261126T062000Z-0a0b0c\"", html, StringComparison.Ordinal);
        Assert.Contains("<strong>90</strong> (estimated)", html, StringComparison.Ordinal);
        Assert.Contains("<strong>75</strong> (estimated)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compare/gpt-4.1/no-such-model", HttpStatusCode.NotFound)]
    [InlineData("/compare/gpt-4.1/gpt-4.1", HttpStatusCode.BadRequest)]
    public async Task Bad_pairs_answer_the_status_page(string path, HttpStatusCode expected)
    {
        // When a comparison with an unknown or repeated model is asked for
        using var response = await site.Client.GetAsync(path, Ct);

        // Then the status page answers with the matching status
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_compare_form_redirects_to_the_pair_and_explains_a_bad_choice()
    {
        // When the form is submitted with two models, then with the same model twice
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.Address };
        using var redirect = await noRedirect.GetAsync("/compare?a=gpt-4.1&b=gpt-4o", Ct);
        var same = await site.Client.GetStringAsync("/compare?a=gpt-4.1&b=gpt-4.1", Ct);

        // Then the first goes to the comparison's address and the second says why it cannot
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/compare/gpt-4.1/gpt-4o", redirect.Headers.Location?.OriginalString);
        Assert.Contains("Choose two different models.", same, StringComparison.Ordinal);
    }
}
