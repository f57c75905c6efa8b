using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Runs;
using Yardstick.Web.Tests.Seed;

namespace Yardstick.Web.Tests.Pages;

/// <summary>The published speed headline is the median over the last 72 h (and 14 d) of per-run medians, naming its runs.</summary>
public sealed class SpeedHeadlineTests
{
    [Fact]
    public async Task Model_page_and_api_show_the_72h_and_14d_headlines_with_their_runs()
    {
        // Given two recent perf runs (medians 40 and 60 tokens/s) and one of five days ago (median 500)
        var ct = TestContext.Current.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        var runs = new InMemoryRunStore();
        await SeedRuns.AddPerfAsync(runs, "perf-recent-1", SeedCatalog.Qwen3_4B, now.AddHours(-2), [40, 40, 40], ttftSeconds: 0.2, failed: 0, ct);
        await SeedRuns.AddPerfAsync(runs, "perf-recent-2", SeedCatalog.Qwen3_4B, now.AddHours(-1), [60, 60, 60], ttftSeconds: 0.2, failed: 0, ct);
        await SeedRuns.AddPerfAsync(runs, "perf-old", SeedCatalog.Qwen3_4B, now.AddDays(-5), [500, 500, 500], ttftSeconds: 0.2, failed: 0, ct);
        await using var site = await SiteServer.StartAsync(new InMemoryCatalogStore(SeedCatalog.All()), runs, new SiteOptions());

        // When the page and the API are read
        var page = await site.Client.GetStringAsync($"/models/{SeedCatalog.Qwen3_4B}", ct);
        using var api = JsonDocument.Parse(await site.Client.GetStringAsync($"/api/models/{SeedCatalog.Qwen3_4B}", ct));

        // Then the 72 h headline is the median of the two recent runs, the 14 d one takes all three, and both name their runs
        // (one sentence for both windows, with the runs separated, not glued)
        Assert.Contains("tokens/s and time to first token", page, StringComparison.Ordinal);
        Assert.Contains("median 50 tokens/s", page, StringComparison.Ordinal);
        Assert.Contains("over 14 d 60 tokens/s", page, StringComparison.Ordinal);
        Assert.Contains("run perf-recent-2</a>, <a", page, StringComparison.Ordinal);
        var measured = api.RootElement.GetProperty("measured");
        var h72 = measured.GetProperty("speed_headline_72h");
        Assert.Equal(50, h72.GetProperty("output_tokens_per_s").GetDouble(), 6);
        Assert.Equal(["perf-recent-2", "perf-recent-1"], h72.GetProperty("run_ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, measured.GetProperty("speed_headline_14d").GetProperty("run_ids").GetArrayLength());
    }
}
