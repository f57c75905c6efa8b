using System.Net;
using System.Text.Json;

namespace Yardstick.Cli.Tests.Scheduling;

/// <summary>
/// A plan endpoint's <c>hardware</c> reaches its scheduled perf runs (the rate in each run's configuration), so that the
/// model page shows the measured self-hosting cost of a plan-measured endpoint, linked to the run it came from; and the
/// suite's eval, on a model with no list price, is costed at that measured cost (marked so on the index-cost chart).
/// </summary>
public sealed class PlanHardwareTests
{
    [Fact]
    public async Task A_plan_endpoint_hardware_gives_its_scheduled_perf_run_a_measured_self_hosting_cost_on_the_model_page()
    {
        // Given a plan whose endpoint runs on hardware at $3.75/h, applied to an embedded database
        var ct = TestContext.Current.CancellationToken;
        await using var server = await PacedStreamServer.StartAsync(chunks: 6, gap: TimeSpan.FromMilliseconds(5));
        var data = Directory.CreateTempSubdirectory("yardstick-plan-hardware-").FullName;
        var planFile = Path.Combine(data, "plan.yaml");
        await File.WriteAllTextAsync(planFile, $$"""
            endpoints:
              - name: gpu
                base_url: "{{server.BaseUrl}}"
                model: paced
                model_slug: yardstick-tiny
                api_style: openai-chat
                hardware: { hourly_usd: 3.75, description: 1x plan GPU, source: "published:https://example.com/gpu-prices" }
            suites:
              - name: speed
                endpoints: [gpu]
                perf: { prompt_tokens: [16], concurrency: [1, 2], requests: 6, max_tokens: 6 }
                evals: [ { eval: builtin-arith, limit: 3 } ]
                every: 1h
            """, ct);
        var apply = await CliProcess.RunAsync(["plan", "apply", planFile, "--data", data]);
        Assert.True(apply.ExitCode == 0, apply.All);

        // When the suite runs
        var run = await CliProcess.RunAsync(["plan", "run", "speed", "--data", data], timeout: TimeSpan.FromMinutes(3));
        Assert.True(run.ExitCode == 0, run.All);

        // Then each perf run stored the rate in its configuration
        var runs = await CliProcess.RunAsync(["runs", "list", "--json", "--data", data]);
        var listed = JsonDocument.Parse(runs.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        var ids = listed.Where(id => id.StartsWith("perf-", StringComparison.Ordinal)).ToList();
        var evalId = Assert.Single(listed, id => id.StartsWith("eval-", StringComparison.Ordinal));
        Assert.Equal(2, ids.Count);
        var (site, url) = await CliProcess.StartServingAsync(["serve", "--port", "0", "--data", data]);
        using var serving = new CliProcess.Running(site);
        using var http = new HttpClient { BaseAddress = url };
        foreach (var id in ids)
        {
            using var detail = JsonDocument.Parse(await http.GetStringAsync($"api/runs/{id}", ct));
            using var configuration = JsonDocument.Parse(detail.RootElement.GetProperty("configuration_json").GetString()!);
            var hardware = configuration.RootElement.GetProperty("hardware");
            Assert.Equal(3.75m, hardware.GetProperty("hourly_usd").GetDecimal());
            Assert.Equal("published:https://example.com/gpu-prices", hardware.GetProperty("source").GetString());
        }

        // And the model page shows the measured self-hosting cost at that rate, from one of those runs
        var page = WebUtility.HtmlDecode(await http.GetStringAsync("models/yardstick-tiny", ct));
        Assert.Contains("measured self-hosting cost at $3.75/h (1x plan GPU) (run ", page, StringComparison.Ordinal);
        Assert.Contains(ids, id => page.Contains($"(run {id})", StringComparison.Ordinal));

        // And the eval (yardstick-tiny lists no price) cost what the chosen perf run measured, marked as measured
        using var evalRun = JsonDocument.Parse(await http.GetStringAsync($"api/runs/{evalId}", ct));
        using var evalSummary = JsonDocument.Parse(evalRun.RootElement.GetProperty("summary_json").GetString()!);
        var costSource = evalSummary.RootElement.GetProperty("cost_source").GetString();
        Assert.Contains(ids, id => costSource == $"measured:{id}");
        Assert.True(evalSummary.RootElement.GetProperty("cost_usd").GetDecimal() > 0);
        var costChart = await http.GetStringAsync("api/charts/leaderboard/index-cost/data.json", ct);
        Assert.Contains("Yardstick Tiny (random weights) (measured cost)", costChart, StringComparison.Ordinal);
        Assert.Contains(evalId, costChart, StringComparison.Ordinal);
        CliProcess.Terminate(site);
        Assert.Equal(0, await serving.WaitForExitAsync(TimeSpan.FromSeconds(15)));
    }
}
