using System.Net;
using Yardstick.Core.Catalog;
using Yardstick.Core.Runs;
using Yardstick.Core.Scheduling;

namespace Yardstick.Web.Tests.Pages;

public sealed class SchedulingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_status_page_shows_schedules_live_and_dead_workers_and_failures_with_reasons_while_status_codes_stay_error_pages()
    {
        // Given a schedule that fired, a live and a silent worker, and a failed scheduled run
        var now = DateTimeOffset.UtcNow;
        var scheduling = new InMemorySchedulingStore();
        await scheduling.ReplaceSchedulesAsync([new ScheduleRecord
        {
            Key = "speed/local@eu", Suite = "speed", Endpoint = "local", Location = "eu", ModelSlug = "qwen3-4b", Schedule = "every 3h", NextFireUtc = now.AddHours(3),
        }], Ct);
        await scheduling.RecordFireAsync("speed/local@eu", now, "completed", now.AddHours(3), Ct);
        await scheduling.HeartbeatAsync(new WorkerRecord { Name = "w-live", Location = "eu", StartedUtc = now, HeartbeatUtc = now, CurrentRunId = "perf-live" }, Ct);
        await scheduling.HeartbeatAsync(new WorkerRecord { Name = "w-dead", StartedUtc = now.AddHours(-1), HeartbeatUtc = now.AddMinutes(-10) }, Ct);
        var runs = new InMemoryRunStore();
        await runs.CreateRunAsync(new RunRecord
        {
            Id = "perf-failed", Kind = RunKind.Perf, ApiStyle = "openai-chat", BaseUrl = "http://x", ModelId = "m", Task = "prompt-length-100",
            ConfigurationJson = "{}", YardstickVersion = "t", StartedUtc = now, Suite = "speed", Worker = "w-dead",
        }, Ct);
        await runs.CompleteRunAsync("perf-failed", RunStatus.Failed, null, "every request failed: connection refused", Ct);
        await using var site = await SiteServer.StartAsync(new InMemoryCatalogStore([]), runs, cancellationToken: Ct, scheduling: scheduling);

        // When /status is read, and an error status page
        var html = await site.Client.GetStringAsync("/status", Ct);
        using var notFound = await site.Client.GetAsync("/status/404", Ct);

        // Then it shows each part, and /status/{code} is still the error page
        Assert.Contains("speed/local@eu", html, StringComparison.Ordinal);
        Assert.Contains("every 3h", html, StringComparison.Ordinal);
        Assert.Contains("<td>completed</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>alive</td>", html, StringComparison.Ordinal);
        Assert.Contains("silent (no heartbeat for 15 s)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/runs/perf-live\"", html, StringComparison.Ordinal);
        Assert.Contains("every request failed: connection refused", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }
}
