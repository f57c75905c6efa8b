using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Probes;
using Yardstick.Core.Runs;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Pages;

/// <summary>A probe run on Qwen3.5-4B's self-hosted endpoint, shown in the API, the model page and the comparison.</summary>
public sealed class CapabilityMatrixTests : IAsyncLifetime
{
    private const string RunId = "probe-20261127T080000Z-abcdef";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private SiteServer? _site;

    private static ProbeOutcome Outcome(string probe, string? capability, ProbeVerdict verdict, double? rate = null) =>
        new() { Probe = probe, Capability = capability, Verdict = verdict, Rate = rate, Detail = $"{probe} {verdict}", Samples = [$"{probe}/case"] };

    public async ValueTask InitializeAsync()
    {
        var runs = await SeedRuns.CreateAsync(Ct);
        await runs.CreateRunAsync(new RunRecord
        {
            Id = RunId, Kind = RunKind.Probe, ModelSlug = SeedCatalog.Qwen35_4B, EndpointId = "qwen3.5-4b@self-hosted-vllm", ApiStyle = "openai-chat",
            BaseUrl = "http://127.0.0.1:8000/v1", ModelId = "Qwen/Qwen3.5-4B", Task = "capabilities", ConfigurationJson = "{}", YardstickVersion = "0.1.0",
            StartedUtc = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero),
        }, Ct);
        await runs.CompleteRunAsync(RunId, RunStatus.Completed, ProbeSummaryJson.Serialize(new ProbeRunSummary
        {
            RunId = RunId, ModelId = "Qwen/Qwen3.5-4B", BaseUrl = "http://127.0.0.1:8000/v1", ApiStyle = "openai-chat", Reachable = true, Requests = 12,
            Probes =
            [
                Outcome("function_calling", KnownCapabilities.FunctionCalling, ProbeVerdict.Verified, 1.0),
                Outcome("structured_output", KnownCapabilities.StructuredOutput, ProbeVerdict.NotSupported),
                Outcome("vision", KnownCapabilities.Vision, ProbeVerdict.Verified, 0.83),
            ],
        }), Ct);
        _site = await SiteServer.StartAsync(new InMemoryCatalogStore(SeedCatalog.All()), runs, new SiteOptions(), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
            await _site.DisposeAsync();
    }

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var document = JsonDocument.Parse(await _site!.Client.GetStringAsync(path, Ct));
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task The_api_gives_the_matrix_and_each_capabilitys_verdict_with_its_run()
    {
        var model = await JsonAsync("/api/models/qwen3.5-4b");

        var matrix = model.GetProperty("capability_matrix");
        Assert.Equal("Self-hosted (vLLM)", matrix.GetProperty("endpoints")[0].GetProperty("label").GetString());
        var row = matrix.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("probe").GetString() == "vision");
        var cell = row.GetProperty("cells")[0].GetProperty("verified");
        Assert.Equal("verified", cell.GetProperty("verdict").GetString());
        Assert.Equal(0.83, cell.GetProperty("rate").GetDouble());
        Assert.Equal($"/api/runs/{RunId}/samples.csv", cell.GetProperty("samples_url").GetString());
        var capabilities = model.GetProperty("capabilities").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(RunId, capabilities["vision"].GetProperty("verified").GetProperty("run_id").GetString());
        Assert.Equal("claimed", capabilities["vision"].GetProperty("status").GetString());
        Assert.Equal("verified_by_probe", capabilities["function_calling"].GetProperty("status").GetString());
        Assert.Equal($"measured:{RunId}", capabilities["function_calling"].GetProperty("source").GetString());
        Assert.False(capabilities["structured_output"].GetProperty("supported").GetBoolean());
        Assert.Equal(JsonValueKind.Null, capabilities["reasoning"].GetProperty("verified").ValueKind);
    }

    [Fact]
    public async Task The_comparison_uses_verdicts_and_never_counts_not_stated_as_lost()
    {
        // When GPT-4.1 (claims function calling, structured outputs, streaming…) meets Qwen3.5-4B (states none of them; probed)
        var body = await JsonAsync("/api/compare/gpt-4.1/qwen3.5-4b");

        // Then function calling is no gap (verified for Qwen), structured outputs is (refused), and streaming is only "not stated"
        var gaps = body.GetProperty("capability_gaps").EnumerateArray().Select(g => g.GetProperty("capability").GetString()).ToList();
        Assert.DoesNotContain("function_calling", gaps);
        Assert.DoesNotContain("streaming", gaps);
        Assert.Contains("structured_output", gaps);
        var friction = body.GetProperty("switch_friction").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Contains("Switching from GPT-4.1 to Qwen3.5-4B loses structured outputs (claimed): refuted by probe for Qwen3.5-4B.", friction);
        Assert.DoesNotContain(friction, l => l.Contains("loses", StringComparison.Ordinal) && l.Contains("streaming", StringComparison.Ordinal));
        Assert.Contains(friction, l => l.StartsWith("Not stated for Qwen3.5-4B, so not counted as lost:", StringComparison.Ordinal) && l.Contains("streaming (claimed)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_model_and_compare_pages_show_the_matrix_linked_to_its_run()
    {
        var model = await _site!.Client.GetStringAsync("/models/qwen3.5-4b", Ct);
        var compare = await _site.Client.GetStringAsync("/compare/gpt-4.1/qwen3.5-4b", Ct);
        var unprobed = await _site.Client.GetStringAsync("/models/gpt-4.1", Ct);

        Assert.Contains("id=\"capability-matrix\"", model, StringComparison.Ordinal);
        Assert.Contains($"href=\"/runs/{RunId}\"", model, StringComparison.Ordinal);
        Assert.Contains("not_supported", model, StringComparison.Ordinal);
        Assert.Contains("yes (verified by probe)", model, StringComparison.Ordinal);
        Assert.Contains("id=\"capability-matrix-qwen3.5-4b\"", compare, StringComparison.Ordinal);
        Assert.Contains("No probe run yet", unprobed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_run_page_lists_every_verdict()
    {
        var page = await _site!.Client.GetStringAsync($"/runs/{RunId}", Ct);

        Assert.Contains("3 probes, 12 requests", page, StringComparison.Ordinal);
        Assert.Contains("<td>structured_output</td><td>not_supported</td>", page, StringComparison.Ordinal);
        Assert.Contains("83.0%", page, StringComparison.Ordinal);
    }
}
