using System.Net;
using System.Text.Json;
using Yardstick.Core.Catalog;
using Yardstick.Core.Runs;

namespace Yardstick.Web.Tests.Api;

public sealed class SpeedHistoryApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_completed_perf_run_in_the_window_is_a_point_with_its_location_and_medians()
    {
        // Given a scheduled perf run (two samples), and an old one outside the window
        var runs = new InMemoryRunStore();
        var now = DateTimeOffset.UtcNow;
        foreach (var (id, started) in new[] { ("perf-recent", now.AddHours(-2)), ("perf-old", now.AddDays(-30)) })
        {
            await runs.CreateRunAsync(new RunRecord
            {
                Id = id, Kind = RunKind.Perf, ModelSlug = "qwen3-4b", ApiStyle = "openai-chat", BaseUrl = "http://gpu-eu:8000/v1", ModelId = "m",
                Task = "prompt-length-100", ConfigurationJson = "{}", YardstickVersion = "t", StartedUtc = started, Suite = "speed", Location = "eu",
            }, Ct);
            await runs.AppendSamplesAsync([
                new SampleRecord { RunId = id, PromptId = "p0", Sequence = 0, RequestStartedUtc = started, TtftSeconds = 0.2, LastTokenSeconds = 1.2, OutputTokensNormalised = 101, TokenEvents = 101 },
                new SampleRecord { RunId = id, PromptId = "p1", Sequence = 1, RequestStartedUtc = started, TtftSeconds = 0.4, LastTokenSeconds = 2.4, OutputTokensNormalised = 101, TokenEvents = 101 },
            ], Ct);
            await runs.CompleteRunAsync(id, RunStatus.Completed, null, Ct);
        }
        await using var site = await SiteServer.StartAsync(new InMemoryCatalogStore([]), runs, cancellationToken: Ct);

        // When the history is asked for (and with a bad window)
        var json = await site.Client.GetStringAsync("/api/models/qwen3-4b/speed-history?days=14", Ct);
        using var bad = await site.Client.GetAsync("/api/models/qwen3-4b/speed-history?days=0", Ct);

        // Then the recent run is the one point, with its endpoint, location, suite and medians from its samples
        using var document = JsonDocument.Parse(json);
        var point = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("perf-recent", point.GetProperty("runId").GetString());
        Assert.Equal("eu", point.GetProperty("location").GetString());
        Assert.Equal("speed", point.GetProperty("suite").GetString());
        Assert.Equal(0.3, point.GetProperty("medianTtftSeconds").GetDouble(), 6);
        // Output speed needs event timelines (Core's PerfAnalysis); these samples carry none, so it is null, not zero.
        Assert.Equal(JsonValueKind.Null, point.GetProperty("medianOutputTokensPerSecond").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
