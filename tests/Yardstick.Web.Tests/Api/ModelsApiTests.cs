using System.Net;
using System.Text.Json;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Api;

public sealed class ModelsApiTests(SeededSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] ContractFields =
    [
        "name", "slug", "creator", "parameters_total_b", "size_class", "comparison_class", "context_window_tokens", "context_window_a4_pages",
        "input_price_usd_per_1m", "output_price_usd_per_1m", "blended_price_usd_per_1m", "reasoning", "licence", "successor_slug",
    ];

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await site.Client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Gpt41_has_the_contract_fields_with_its_first_party_prices_and_blend()
    {
        // Given the seed catalog; When GPT-4.1 is fetched
        var model = await GetJsonAsync("/api/models/gpt-4.1");

        // Then the names are the contract's and the blended price is (3 × 2 + 8) / 4 = 3.5
        Assert.Equal("GPT-4.1", model.GetProperty("name").GetString());
        Assert.Equal("gpt-4.1", model.GetProperty("slug").GetString());
        Assert.Equal("OpenAI", model.GetProperty("creator").GetString());
        Assert.Equal(JsonValueKind.Null, model.GetProperty("parameters_total_b").ValueKind);
        Assert.Equal(JsonValueKind.Null, model.GetProperty("size_class").ValueKind);
        Assert.Equal("proprietary-premium-non-reasoning", model.GetProperty("comparison_class").GetString());
        Assert.Equal(1_047_576, model.GetProperty("context_window_tokens").GetInt64());
        Assert.Equal(1571, model.GetProperty("context_window_a4_pages").GetInt32());
        Assert.Equal(2m, model.GetProperty("input_price_usd_per_1m").GetDecimal());
        Assert.Equal(8m, model.GetProperty("output_price_usd_per_1m").GetDecimal());
        Assert.Equal(3.5m, model.GetProperty("blended_price_usd_per_1m").GetDecimal());
        Assert.False(model.GetProperty("reasoning").GetBoolean());
        Assert.Equal("proprietary", model.GetProperty("licence").GetString());
        Assert.Equal(JsonValueKind.Null, model.GetProperty("successor_slug").ValueKind);
        Assert.Equal(4, model.GetProperty("endpoints").GetArrayLength());
        Assert.Equal("published:https://openai.com/index/gpt-4-1/", model.GetProperty("published_scores")[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task Qwen3_4b_has_32k_context_as_pages_no_price_for_self_hosting_and_its_successor()
    {
        // Given Qwen3 4B (32,768 tokens, only a $0 self-hosted route); When it is fetched
        var model = await GetJsonAsync("/api/models/qwen3-4b-reasoning");

        // Then 32,768 tokens ≈ 49 A4 pages, the $0 listing is no price (null), and the successor is named
        Assert.Equal(32_768, model.GetProperty("context_window_tokens").GetInt64());
        Assert.Equal(49, model.GetProperty("context_window_a4_pages").GetInt32());
        Assert.Equal(4.0, model.GetProperty("parameters_total_b").GetDouble());
        Assert.Equal("tiny", model.GetProperty("size_class").GetString());
        Assert.Equal("open-tiny-all", model.GetProperty("comparison_class").GetString());
        Assert.Equal(JsonValueKind.Null, model.GetProperty("input_price_usd_per_1m").ValueKind);
        Assert.Equal(JsonValueKind.Null, model.GetProperty("output_price_usd_per_1m").ValueKind);
        Assert.Equal(JsonValueKind.Null, model.GetProperty("blended_price_usd_per_1m").ValueKind);
        Assert.True(model.GetProperty("reasoning").GetBoolean());
        Assert.Equal("Apache 2.0", model.GetProperty("licence").GetString());
        Assert.Equal("qwen3-4b-2507-reasoning", model.GetProperty("successor_slug").GetString());
    }

    [Fact]
    public async Task Measured_figures_come_from_the_models_runs_and_are_absent_without_runs()
    {
        // Given a perf and an eval run for Qwen3 4B and none for GPT-4.1
        var qwen = (await GetJsonAsync("/api/models/qwen3-4b-reasoning")).GetProperty("measured");
        var gpt = (await GetJsonAsync("/api/models/gpt-4.1")).GetProperty("measured");

        // Then Qwen3 4B's figures name their runs, and GPT-4.1 has none
        var perf = qwen.GetProperty("perf");
        Assert.Equal(SeedRuns.Qwen3Perf, perf.GetProperty("run_id").GetString());
        Assert.Equal($"/runs/{SeedRuns.Qwen3Perf}", perf.GetProperty("run_url").GetString());
        Assert.Equal(44, perf.GetProperty("summary").GetProperty("output_tokens_per_s").GetProperty("p50").GetDouble(), 6);
        Assert.Equal(1, perf.GetProperty("summary").GetProperty("requests").GetProperty("failed").GetInt32());
        var eval = Assert.Single(qwen.GetProperty("evals").EnumerateArray());
        Assert.Equal(SeedRuns.Qwen3Gsm8k, eval.GetProperty("run_id").GetString());
        Assert.Equal(0.9, eval.GetProperty("summary").GetProperty("score").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, gpt.GetProperty("perf").ValueKind);
        Assert.Equal(0, gpt.GetProperty("evals").GetArrayLength());
    }

    [Fact]
    public async Task The_intelligence_index_names_its_runs_and_says_why_it_is_missing()
    {
        // Given the test index (gsm8k 90 %, ifeval 10 %, one light eval may be missing)
        var qwen = (await GetJsonAsync("/api/models/qwen3-4b-reasoning")).GetProperty("intelligence_index");
        var gpt = (await GetJsonAsync("/api/models/gpt-4.1")).GetProperty("intelligence_index");

        // Then Qwen3 4B's index is its gsm8k score, flagged estimated, with the run; GPT-4.1 has none, with the reason
        Assert.Equal(90, qwen.GetProperty("value").GetDouble(), 6);
        Assert.True(qwen.GetProperty("estimated").GetBoolean());
        Assert.Equal(SeedRuns.Qwen3Gsm8k, qwen.GetProperty("components")[0].GetProperty("run_id").GetString());
        Assert.Equal(JsonValueKind.Null, gpt.GetProperty("value").ValueKind);
        Assert.Equal("No eval of this index has been run.", gpt.GetProperty("note").GetString());
    }

    [Fact]
    public async Task The_list_holds_every_model_with_every_contract_field()
    {
        // When the list is fetched
        var models = await GetJsonAsync("/api/models");

        // Then every seed model is there, each with all contract fields
        Assert.Equal(SeedCatalog.All().Count, models.GetArrayLength());
        foreach (var model in models.EnumerateArray())
            foreach (var field in ContractFields)
                Assert.True(model.TryGetProperty(field, out _), $"{model.GetProperty("slug")} lacks {field}");
    }

    [Fact]
    public async Task An_unknown_slug_is_a_json_404_with_an_error()
    {
        // When an unknown model is fetched
        using var response = await site.Client.GetAsync("/api/models/no-such-model", Ct);

        // Then the answer is 404 with {"error": "..."} naming the slug
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("no-such-model", body.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_routes_and_methods_answer_json_errors()
    {
        // When an unknown API path and a POST are sent
        using var missing = await site.Client.GetAsync("/api/nothing/here", Ct);
        using var post = await site.Client.PostAsync("/api/models", new StringContent("{}"), Ct);

        // Then both answer JSON errors, not HTML
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(JsonDocument.Parse(await missing.Content.ReadAsStringAsync(Ct)).RootElement.TryGetProperty("error", out _));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Contains("read-only", JsonDocument.Parse(await post.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_has_a_header_and_a_row_per_model_with_measured_columns()
    {
        // When the CSV is fetched
        using var response = await site.Client.GetAsync("/api/models.csv", Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // Then it has the header, one row per model, GPT-4.1's blend and Qwen3 4B's measured speed with its run
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("slug,name,creator,release_date,parameters_total_b,size_class,comparison_class", lines[0], StringComparison.Ordinal);
        Assert.Contains("gsm8k_score", lines[0], StringComparison.Ordinal);
        Assert.Equal(SeedCatalog.All().Count + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("gpt-4.1,GPT-4.1,OpenAI,2025-04-01,,,proprietary-premium-non-reasoning,1047576,1571,2,8,3.5,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("qwen3-4b-reasoning,", StringComparison.Ordinal) && l.Contains($",44,", StringComparison.Ordinal) && l.Contains(SeedRuns.Qwen3Perf, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_routes_and_snake_case_fields()
    {
        // When the OpenAPI document is fetched
        var document = await GetJsonAsync("/openapi/v1.json");

        // Then it names the API's routes and the contract's field names
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/models", "/api/models/{slug}", "/api/compare/{a}/{b}", "/api/runs/{id}", "/api/runs/{id}/samples.csv", "/api/models.csv" })
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        var text = document.GetRawText();
        Assert.Contains("\"blended_price_usd_per_1m\"", text, StringComparison.Ordinal);
        Assert.Contains("\"context_window_a4_pages\"", text, StringComparison.Ordinal);
    }
}
