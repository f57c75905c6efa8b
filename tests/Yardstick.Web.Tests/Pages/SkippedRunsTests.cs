using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Runs;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Pages;

/// <summary>A failed, interrupted or running run never feeds a figure; the model page, its API and the run page say why.</summary>
public sealed class SkippedRunsTests
{
    [Fact]
    public async Task A_failed_run_is_not_counted_and_the_pages_say_why()
    {
        // Given a completed perf run at 40 tokens/s and a newer one at 500 tokens/s that was stored failed
        var ct = TestContext.Current.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        var runs = new InMemoryRunStore();
        await SeedRuns.AddPerfAsync(runs, "perf-good", SeedCatalog.Qwen3_4B, now.AddHours(-2), [40, 40, 40], ttftSeconds: 0.2, failed: 0, ct);
        await SeedRuns.AddPerfAsync(runs, "perf-broken", SeedCatalog.Qwen3_4B, now.AddHours(-1), [500], ttftSeconds: 0.2, failed: 3, ct);
        var broken = await runs.GetRunAsync("perf-broken", ct);
        await runs.CompleteRunAsync("perf-broken", RunStatus.Failed, broken!.SummaryJson, "3 of 4 requests failed (75 %, more than the allowed 50 %): server_error (3)", ct);
        await using var site = await SiteServer.StartAsync(new InMemoryCatalogStore(SeedCatalog.All()), runs, new SiteOptions());

        // When the model page, its API, the models list and the failed run's page are read
        var page = await site.Client.GetStringAsync($"/models/{SeedCatalog.Qwen3_4B}", ct);
        using var api = JsonDocument.Parse(await site.Client.GetStringAsync($"/api/models/{SeedCatalog.Qwen3_4B}", ct));
        using var run = JsonDocument.Parse(await site.Client.GetStringAsync("/api/runs/perf-broken", ct));
        var runPage = await site.Client.GetStringAsync("/runs/perf-broken", ct);

        // Then only the completed run feeds the speed, and the failed one is listed with its reason
        Assert.Contains("median 40 tokens/s and time to first token", page, StringComparison.Ordinal);
        Assert.Contains("Runs not counted", page, StringComparison.Ordinal);
        Assert.Contains("failed: 3 of 4 requests failed (75 %, more than the allowed 50 %): server_error (3); not counted", page, StringComparison.Ordinal);
        var measured = api.RootElement.GetProperty("measured");
        Assert.Equal("perf-good", measured.GetProperty("perf").GetProperty("run_id").GetString());
        Assert.Equal(["perf-good"], measured.GetProperty("speed_headline_72h").GetProperty("run_ids").EnumerateArray().Select(e => e.GetString()));
        var skipped = Assert.Single(measured.GetProperty("skipped_runs").EnumerateArray());
        Assert.Equal(("perf-broken", "failed"), (skipped.GetProperty("run_id").GetString(), skipped.GetProperty("status").GetString()));
        Assert.StartsWith("3 of 4 requests failed", run.RootElement.GetProperty("failure_reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("Failed: 3 of 4 requests failed", runPage, StringComparison.Ordinal);
        Assert.Contains("No page, leaderboard or index counts it.", runPage, StringComparison.Ordinal);
    }
}
