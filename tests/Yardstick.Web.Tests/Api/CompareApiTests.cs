using System.Net;
using System.Text.Json;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Api;

public sealed class CompareApiTests(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await site.Client.GetAsync(path, Ct);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return (response.StatusCode, document.RootElement.Clone());
    }

    [Fact]
    public async Task Monthly_cost_uses_the_cheapest_route_and_is_unavailable_for_a_zero_price()
    {
        // Given GPT-4.1 ($2 / $8) and Qwen3 4B (self-hosted, listed at $0); When compared at the default 10M in / 2M out
        var (status, body) = await GetAsync("/api/compare/gpt-4.1/qwen3-4b-reasoning");

        // Then GPT-4.1 costs 10 × 2 + 2 × 8 = $36 and Qwen3 4B's cost is unavailable, never $0
        Assert.Equal(HttpStatusCode.OK, status);
        var cost = body.GetProperty("monthly_cost");
        Assert.Equal(10_000_000, cost.GetProperty("input_tokens").GetInt64());
        Assert.Equal(36m, cost.GetProperty("a").GetProperty("usd").GetDecimal());
        Assert.Equal("OpenAI", cost.GetProperty("a").GetProperty("provider").GetString());
        Assert.Equal(JsonValueKind.Null, cost.GetProperty("b").GetProperty("usd").ValueKind);
        Assert.Contains("price", cost.GetProperty("b").GetProperty("unavailable_reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reader_sets_the_traffic_in_the_query_string()
    {
        // When the traffic is 1M input and 1M output tokens
        var (_, body) = await GetAsync("/api/compare/gpt-4.1/gpt-4o?input_tokens=1000000&output_tokens=1000000");

        // Then costs are 2 + 8 = $10 and 2.5 + 10 = $12.50
        Assert.Equal(10m, body.GetProperty("monthly_cost").GetProperty("a").GetProperty("usd").GetDecimal());
        Assert.Equal(12.5m, body.GetProperty("monthly_cost").GetProperty("b").GetProperty("usd").GetDecimal());
    }

    [Fact]
    public async Task The_reader_sets_the_prompt_length_and_untiered_prices_stay_at_base()
    {
        // When the traffic's requests carry 300k-token prompts, on two prices without a long-context tier
        var (_, body) = await GetAsync("/api/compare/gpt-4.1/gpt-4o?input_tokens=1000000&output_tokens=1000000&prompt_tokens=300000");

        // Then the prompt length is echoed, no route is billed at a tier, and the costs are the base ones
        var cost = body.GetProperty("monthly_cost");
        Assert.Equal(300_000, cost.GetProperty("prompt_tokens").GetInt64());
        Assert.False(cost.GetProperty("a").GetProperty("long_context_tier").GetBoolean());
        Assert.Equal(10m, cost.GetProperty("a").GetProperty("usd").GetDecimal());
    }

    [Fact]
    public async Task Verdict_friction_and_gaps_come_from_the_data()
    {
        // When GPT-4.1 (image input, 1.05M context) meets Qwen3 4B (open weights, 32k)
        var (_, body) = await GetAsync("/api/compare/gpt-4.1/qwen3-4b-reasoning");

        // Then the verdict and lists name the real differences, and no provider serves both
        var verdict = body.GetProperty("verdict").GetString()!;
        Assert.Contains("GPT-4.1", verdict, StringComparison.Ordinal);
        Assert.Contains("long documents", verdict, StringComparison.Ordinal);
        Assert.Contains("self-hosting", verdict, StringComparison.Ordinal);
        Assert.Equal(0, body.GetProperty("shared_providers").GetArrayLength());
        Assert.Contains(body.GetProperty("capability_gaps").EnumerateArray(),
            g => g.GetProperty("capability").GetString() == "vision" && g.GetProperty("has_slug").GetString() == "gpt-4.1");
        Assert.Contains(body.GetProperty("switch_friction").EnumerateArray(),
            l => l.GetString()!.Contains("shrinks the context window from 1.05M to 33k", StringComparison.Ordinal));
        Assert.NotEqual(0, body.GetProperty("faq").GetArrayLength());
    }

    [Fact]
    public async Task Shared_benchmarks_pair_measured_evals_with_a_difference_interval_and_published_scores_without()
    {
        // Given gsm8k runs of Qwen3 4B (36/40) and Nanbeige (30/40)
        var (_, measured) = await GetAsync("/api/compare/qwen3-4b-reasoning/nanbeige4.1-3b");
        var (_, published) = await GetAsync("/api/compare/gpt-4.1/qwen3.5-4b");

        // Then gsm8k is shared with 90 − 75 = 15 points and its interval; MMLU-Pro is published on both, with no interval
        var gsm8k = Assert.Single(measured.GetProperty("shared_benchmarks").EnumerateArray());
        Assert.True(gsm8k.GetProperty("measured").GetBoolean());
        Assert.Equal(15, gsm8k.GetProperty("difference").GetDouble(), 6);
        var ci = gsm8k.GetProperty("difference_ci95");
        Assert.True(ci[0].GetDouble() < 15 && ci[1].GetDouble() > 15);
        Assert.Equal($"measured:{SeedRuns.Qwen3Gsm8k}", gsm8k.GetProperty("a_source").GetString());
        var mmlu = Assert.Single(published.GetProperty("shared_benchmarks").EnumerateArray());
        Assert.Equal("mmlu-pro", mmlu.GetProperty("benchmark").GetString());
        Assert.Equal(2.7, mmlu.GetProperty("difference").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, mmlu.GetProperty("difference_ci95").ValueKind);
    }

    [Theory]
    [InlineData("/api/compare/gpt-4.1/nope", HttpStatusCode.NotFound, "nope")]
    [InlineData("/api/compare/nope/gpt-4.1", HttpStatusCode.NotFound, "nope")]
    [InlineData("/api/compare/gpt-4.1/gpt-4.1", HttpStatusCode.BadRequest, "different")]
    [InlineData("/api/compare/gpt-4.1/gpt-4o?input_tokens=lots", HttpStatusCode.BadRequest, "input_tokens")]
    [InlineData("/api/compare/gpt-4.1/gpt-4o?output_tokens=-5", HttpStatusCode.BadRequest, "output_tokens")]
    [InlineData("/api/compare/gpt-4.1/gpt-4o?prompt_tokens=lots", HttpStatusCode.BadRequest, "prompt_tokens must be a whole number of tokens per request")]
    public async Task Bad_input_is_a_json_error_that_says_why(string path, HttpStatusCode expected, string mentions)
    {
        // When a bad comparison is asked for
        var (status, body) = await GetAsync(path);

        // Then the status and the error say what is wrong
        Assert.Equal(expected, status);
        Assert.Contains(mentions, body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
