using System.Net;
using System.Text.Json;

namespace Yardstick.Cli.Tests.Scheduling;

/// <summary>
/// A plan endpoint's <c>hardware</c> reaches its scheduled perf runs (the rate in each run's configuration), so that the
/// model page shows the measured self-hosting cost of a plan-measured endpoint, linked to the run it came from.
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
              - { name: speed, endpoints: [gpu], perf: { prompt_tokens: [16], concurrency: [1, 2], requests: 6, max_tokens: 6 }, every: 1h }
            """, ct);
        var apply = await CliProcess.RunAsync(["plan", "apply", planFile, "--data", data]);
        Assert.True(apply.ExitCode == 0, apply.All);

        // When the suite runs
        var run = await CliProcess.RunAsync(["plan", "run", "speed", "--data", data], timeout: TimeSpan.FromMinutes(3));
        Assert.True(run.ExitCode == 0, run.All);

        // Then each perf run stored the rate in its configuration
        var runs = await CliProcess.RunAsync(["runs", "list", "--json", "--data", data]);
        var ids = JsonDocument.Parse(runs.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
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
        CliProcess.Terminate(site);
        Assert.Equal(0, await serving.WaitForExitAsync(TimeSpan.FromSeconds(15)));
    }
}
