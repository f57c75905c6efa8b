using System.Net;
using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Metrics;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Api;

/// <summary>
/// Prices beyond the list: the measured self-hosting cost from a perf run with an hourly rate, and the dated price
/// history, on a site of its own (the shared seeded site stays as it is).
/// </summary>
public sealed class PricesApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private const string RunId = "perf-20261130T120000Z-c0ffee";

    /// <summary>
    /// Given Qwen3 4B self-hosted ($0 = no price) and one perf run at $3.60/h: 4 streams of 500 output tokens over
    /// 0–10 s (window 10 s: 200 tok/s → $5 per 1M output) with 1,000-token prompts prefilled in 0–1 s (4,000 tok/s →
    /// $0.25 per 1M input).
    /// </summary>
    private static async Task<SiteServer> StartAsync(IPriceHistoryStore? prices = null)
    {
        var runs = new InMemoryRunStore();
        await runs.CreateRunAsync(new RunRecord
        {
            Id = RunId, Kind = RunKind.Perf, ModelSlug = SeedCatalog.Qwen3_4B, EndpointId = $"{SeedCatalog.Qwen3_4B}@self-hosted-vllm",
            ApiStyle = "openai-chat", BaseUrl = "http://127.0.0.1:8000/v1", ModelId = "Qwen/Qwen3-4B", Task = "short-100", TaskVersion = "1",
            ConfigurationJson = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["concurrency"] = 4,
                [RunHardware.ConfigurationKey] = RunHardware.ToConfiguration(new HardwareRate(3.6m, "1x L40S on-demand", new FactSource(FactSourceKind.User, ""))),
            }),
            YardstickVersion = "0.1.0", StartedUtc = T0,
        }, Ct);
        var samples = Enumerable.Range(0, 4).Select(i => new SampleRecord
        {
            RunId = RunId, PromptId = $"p{i}", Sequence = i, RequestStartedUtc = T0, Load = 4, InputTokensNormalised = 1000,
            TtftSeconds = 1, LastTokenSeconds = 10, OutputTokensNormalised = 500, TokenEvents = 500,
        }).ToList();
        await runs.AppendSamplesAsync(samples, Ct);
        await runs.CompleteRunAsync(RunId, RunStatus.Completed, PerfSummaryJson.Serialize(PerfAnalysis.Summarise(samples, RunId)), Ct);
        return await SiteServer.StartAsync(new InMemoryCatalogStore(SeedCatalog.All()), runs, new SiteOptions(), Ct, prices);
    }

    private static async Task<JsonElement> GetJsonAsync(SiteServer site, string path)
    {
        using var response = await site.Client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task A_self_hosted_model_gets_a_measured_cost_marked_as_such_while_its_list_price_stays_null()
    {
        await using var site = await StartAsync();

        var model = await GetJsonAsync(site, $"/api/models/{SeedCatalog.Qwen3_4B}");

        var price = model.GetProperty("price");
        var measured = price.GetProperty("measured_self_hosting");
        Assert.Equal(JsonValueKind.Null, model.GetProperty("blended_price_usd_per_1m").ValueKind); // the list contract is unchanged
        Assert.Equal(5m, measured.GetProperty("usd_per_1m_output").GetDecimal());
        Assert.Equal(0.25m, measured.GetProperty("usd_per_1m_input").GetDecimal());
        Assert.Equal(1.4375m, measured.GetProperty("blended_3_1").GetDecimal()); // (3 × 0.25 + 5) / 4
        Assert.Equal(3.6m, measured.GetProperty("hourly_usd").GetDecimal());
        Assert.Equal("1x L40S on-demand", measured.GetProperty("hardware").GetString());
        Assert.Equal([RunId], measured.GetProperty("source_run_ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(4, measured.GetProperty("curve")[0].GetProperty("load").GetDouble());
        Assert.Equal("measured_self_hosting", price.GetProperty("effective_kind").GetString());
        Assert.Equal(1.4375m, price.GetProperty("effective_blended_usd_per_1m").GetDecimal());
    }

    [Fact]
    public async Task Listed_models_keep_list_prices_with_every_part_and_the_cache_aware_blend()
    {
        await using var site = await StartAsync();

        var models = await GetJsonAsync(site, "/api/models");

        var gpt = models.EnumerateArray().Single(m => m.GetProperty("slug").GetString() == SeedCatalog.Gpt41).GetProperty("price");
        Assert.Equal("list", gpt.GetProperty("effective_kind").GetString());
        Assert.Equal(JsonValueKind.Null, gpt.GetProperty("measured_self_hosting").ValueKind);
        Assert.Equal(2m, gpt.GetProperty("headline").GetProperty("input_usd_per_1m").GetDecimal());
        Assert.Equal(3.5m, gpt.GetProperty("blended_3_1").GetDecimal());
    }

    [Fact]
    public async Task Model_page_shows_the_measured_cost_and_the_price_history()
    {
        // Given a feed that changed GPT-4.1's price on 2026-11-01
        var prices = new InMemoryPriceHistoryStore();
        await prices.RecordAsync(Batch("catalog", new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), 2m), Ct);
        await prices.RecordAsync(Batch("litellm", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), 1.8m), Ct);
        await using var site = await StartAsync(prices);

        var qwen = await site.Client.GetStringAsync($"/models/{SeedCatalog.Qwen3_4B}", Ct);
        var gpt = await site.Client.GetStringAsync($"/models/{SeedCatalog.Gpt41}", Ct);

        Assert.Contains("measured self-hosting cost at $3.60/h (1x L40S on-demand) (run " + RunId + ")", qwen, StringComparison.Ordinal);
        Assert.Contains("price changed on 2026-11-01 00:00:00 UTC to $1.80 in", gpt, StringComparison.Ordinal);
        Assert.Contains("(was $2.00 / $8.00)", gpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_monthly_cost_uses_the_measured_cost_and_says_so()
    {
        await using var site = await StartAsync();

        var api = await GetJsonAsync(site, $"/api/compare/{SeedCatalog.Qwen3_4B}/{SeedCatalog.Gpt41}");
        var page = await site.Client.GetStringAsync($"/compare/{SeedCatalog.Qwen3_4B}/{SeedCatalog.Gpt41}", Ct);

        // 10M in × $0.25 + 2M out × $5 = $12.50 at the default traffic
        var qwen = api.GetProperty("monthly_cost").GetProperty("a");
        Assert.Equal(12.5m, qwen.GetProperty("usd").GetDecimal());
        Assert.True(qwen.GetProperty("measured_self_hosting").GetBoolean());
        Assert.False(api.GetProperty("monthly_cost").GetProperty("b").GetProperty("measured_self_hosting").GetBoolean());
        Assert.Contains("measured self-hosting cost at $3.60/h (1x L40S on-demand) (run " + RunId + "), not a list price", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Price_history_api_lists_records_newest_first_with_the_one_in_force()
    {
        var prices = new InMemoryPriceHistoryStore();
        await prices.RecordAsync(Batch("catalog", new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), 2m), Ct);
        await prices.RecordAsync(Batch("litellm", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), 1.8m), Ct);
        await prices.RecordAsync(Batch("litellm", DateTimeOffset.UtcNow.AddDays(30), 1.5m), Ct);
        await using var site = await StartAsync(prices);

        var history = await GetJsonAsync(site, $"/api/models/{SeedCatalog.Gpt41}/prices");
        using var missing = await site.Client.GetAsync("/api/models/no-such-model/prices", Ct);

        var records = history.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal([1.5m, 1.8m, 2m], records.Select(r => r.GetProperty("price").GetProperty("input_usd_per_1m").GetDecimal()));
        Assert.Equal([false, true, false], records.Select(r => r.GetProperty("in_force").GetBoolean()));
        Assert.Equal("litellm", records[1].GetProperty("feed").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static PriceImportBatch Batch(string feed, DateTimeOffset at, decimal input) => new(feed, "test", at,
        [new PriceImportEntry("gpt-4.1@openai", SeedCatalog.Gpt41, "OpenAI", new TokenPrice(new UsdPerMillionTokens(input), null, new UsdPerMillionTokens(8m), null))]);
}
