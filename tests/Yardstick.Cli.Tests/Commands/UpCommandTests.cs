using System.Net;

namespace Yardstick.Cli.Tests.Commands;

/// <summary>The README's main job, end to end on the embedded defaults: real database, real in-process inference, real site.</summary>
public sealed class UpCommandTests
{
    [Fact]
    public async Task Main_job_measures_both_demo_models_and_the_site_shows_their_runs()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-up-").FullName;

        var up = await CliProcess.RunAsync(["up", "--no-serve", "--data", data, "--requests", "3", "--eval-limit", "4"], timeout: TimeSpan.FromMinutes(10));
        var runs = await CliProcess.RunAsync(["runs", "list", "--data", data]);

        Assert.True(up.ExitCode == 0, up.All);
        Assert.Contains("perf run perf-", up.Output, StringComparison.Ordinal);
        Assert.Contains("eval run eval-", up.Output, StringComparison.Ordinal);
        Assert.Contains("probe run probe-", up.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "yardstick.db")));
        Assert.True(File.Exists(Path.Combine(data, "models", "yardstick-tiny.gguf")));
        Assert.True(File.Exists(Path.Combine(data, "models", "yardstick-tiny-256x6.gguf")));
        Assert.Contains("6 run(s)", runs.Output, StringComparison.Ordinal);

        var (server, url) = await CliProcess.StartServingAsync(["serve", "--port", "0", "--data", data]);
        try
        {
            using var http = new HttpClient { BaseAddress = url };
            var page = await http.GetStringAsync("models/yardstick-tiny", TestContext.Current.CancellationToken);
            var missing = await http.GetAsync("models/no-such-model", TestContext.Current.CancellationToken);

            var perfRunId = up.Output.Split("perf run ")[1].Split(':')[0];
            var evalRunId = up.Output.Split("eval run ")[1].Split(':')[0];
            Assert.Contains(perfRunId, page, StringComparison.Ordinal);
            Assert.Contains(evalRunId, page, StringComparison.Ordinal);
            Assert.DoesNotContain("no completed perf run", page, StringComparison.Ordinal);
            Assert.Contains("Its answers are noise", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

            // The two demo models are compared with each other, and both plot on the speed charts.
            var compare = await http.GetStringAsync("compare/yardstick-tiny/yardstick-tiny-256x6", TestContext.Current.CancellationToken);
            var larger = up.Output.Split("perf run ")[2].Split(':')[0];
            Assert.Contains(perfRunId, compare, StringComparison.Ordinal);
            Assert.Contains(larger, compare, StringComparison.Ordinal);
            var speedChart = await http.GetStringAsync("api/charts/leaderboard/intelligence-vs-speed/data.json", TestContext.Current.CancellationToken);
            Assert.Contains("Yardstick Tiny (random weights)", speedChart, StringComparison.Ordinal);
            Assert.Contains("Yardstick Tiny 256×6 (random weights)", speedChart, StringComparison.Ordinal);

            // Neither demo model has a list price: their evals cost what their perf runs measured at the machine's rate,
            // marked as measured, so both plot on the cost-to-run-the-index chart.
            var costChart = await http.GetStringAsync("api/charts/leaderboard/index-cost/data.json", TestContext.Current.CancellationToken);
            Assert.Contains("Yardstick Tiny (random weights) (measured cost)", costChart, StringComparison.Ordinal);
            Assert.Contains("Yardstick Tiny 256×6 (random weights) (measured cost)", costChart, StringComparison.Ordinal);
            using var evalRun = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"api/runs/{evalRunId}", TestContext.Current.CancellationToken));
            using var evalSummary = System.Text.Json.JsonDocument.Parse(evalRun.RootElement.GetProperty("summary_json").GetString()!);
            Assert.Equal($"measured:{perfRunId}", evalSummary.RootElement.GetProperty("cost_source").GetString());
            Assert.True(evalSummary.RootElement.GetProperty("cost_usd").GetDecimal() > 0);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(TestContext.Current.CancellationToken);
            server.Dispose();
        }
    }
}
