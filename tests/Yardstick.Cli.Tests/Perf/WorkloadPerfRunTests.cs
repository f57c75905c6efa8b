using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Yardstick.Tests.Loopback;

namespace Yardstick.Cli.Tests.Perf;

/// <summary>`yardstick perf --workload …` for the session workloads, against the real tiny-model server: output, --json and storage.</summary>
public sealed class WorkloadPerfRunTests(ModelServerFixture server) : IClassFixture<ModelServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Multi_turn_writes_the_summary_with_the_report_by_turn_and_the_prefix_cache_effect()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-perf-").FullName;
        var json = Path.Combine(data, "multi-turn.json");

        var perf = await CliProcess.RunAsync(["perf", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--workload", "multi-turn", "--sessions", "2", "--turns", "2", "--system-prompt-tokens", "40", "--prompt-tokens", "16",
            "--max-tokens", "4", "--json", json, "--data", data]);

        Assert.True(perf.ExitCode == 0, perf.All);
        Assert.Contains("prefix cache effect: TTFT with the cached prefix is", perf.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, Ct));
        var root = document.RootElement;
        Assert.Equal(8, root.GetProperty("requests").GetProperty("ok").GetInt32());
        var report = root.GetProperty("multi_turn");
        Assert.Equal(2, report.GetProperty("by_turn").GetArrayLength());
        Assert.Equal(2, report.GetProperty("prefix_cache").GetProperty("pairs").GetInt32());
        Assert.Equal(2, report.GetProperty("sessions_completed").GetInt32());
    }

    [Fact]
    public async Task Trace_replays_the_good_lines_reports_the_lag_and_names_the_broken_lines()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-perf-").FullName;
        var json = Path.Combine(data, "trace.json");
        var trace = Path.Combine(data, "trace.jsonl");
        await File.WriteAllLinesAsync(trace, [
            """{"timestamp": 0, "input_length": 40, "output_length": 3, "hash_ids": [1]}""",
            """{"timestamp": 50, "input_length": 60, "output_length": 2, "hash_ids": [1]}""",
            """{"timestamp": 90, "input_length": 60}""",
        ], Ct);

        var perf = await CliProcess.RunAsync(["perf", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--workload", "trace", "--trace", trace, "--trace-speed", "2", "--json", json, "--data", data]);

        Assert.True(perf.ExitCode == 0, perf.All);
        Assert.Contains("replay lag (send − scheduled time): p50", perf.Output, StringComparison.Ordinal);
        Assert.Contains("line 3: output_length is missing", perf.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, Ct));
        var report = document.RootElement.GetProperty("trace");
        Assert.Equal(2, report.GetProperty("sent").GetInt32());
        Assert.Equal(2, report.GetProperty("replay_lag_s").GetProperty("n").GetInt32());
        Assert.Equal(3, report.GetProperty("broken")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Agentic_reports_each_load_and_the_most_sessions_per_tier()
    {
        // (a quick loopback endpoint: the tiny model is too slow on loaded CI cores to keep a tier, and refuses tool turns)
        await using var quick = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            foreach (var word in new[] { " reading", " the", " file" })
                await context.Response.WriteAsync("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + word + "\"}}]}\n\n", Ct);
            await context.Response.WriteAsync("data: [DONE]\n\n", Ct);
        });
        var data = Directory.CreateTempSubdirectory("yardstick-perf-").FullName;
        var json = Path.Combine(data, "agentic.json");

        var perf = await CliProcess.RunAsync(["perf", "--base-url", quick.BaseUrl.ToString(), "--model", "m",
            "--workload", "agentic", "--sessions", "2", "--turns", "2", "--system-prompt-tokens", "30", "--prompt-tokens", "16",
            "--tool-result-tokens", "40", "--max-context-tokens", "1000", "--max-tokens", "4", "--json", json, "--data", data]);

        Assert.True(perf.ExitCode == 0, perf.All);
        Assert.Contains("interactive tier (p95 TTFT ≤ 2 s, p95 ITL ≤ 100 ms, ≤ 1 % failed):", perf.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, Ct));
        var report = document.RootElement.GetProperty("agentic");
        Assert.True(report.GetProperty("levels").GetArrayLength() == 2, perf.Output);
        Assert.Equal(4, report.GetProperty("levels")[1].GetProperty("requests").GetInt32());
        Assert.True(report.GetProperty("max_sessions").TryGetProperty("batch", out _));
    }

    [Fact]
    public async Task Images_are_stated_in_the_output_and_json_and_a_text_only_endpoint_fails_them_with_its_reason()
    {
        // Given the tiny model, which reads text only
        var data = Directory.CreateTempSubdirectory("yardstick-perf-").FullName;
        var json = Path.Combine(data, "images.json");

        // When a run sends two 64×32 images per request
        var perf = await CliProcess.RunAsync(["perf", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--requests", "2", "--warmup", "0", "--max-tokens", "4", "--images", "2", "--image-size", "64x32", "--json", json, "--data", data]);

        // Then the sizes are stated, and the requests failed with a reason rather than being sent as text
        Assert.Contains("images: 2 per request, 64×32 px, PNG", perf.Output, StringComparison.Ordinal);
        Assert.Equal(1, perf.ExitCode);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, Ct));
        Assert.Equal(64, document.RootElement.GetProperty("images").GetProperty("image_width_px").GetInt32());
        Assert.Equal(2, document.RootElement.GetProperty("requests").GetProperty("failed").GetInt32());
        Assert.Contains("client_error", perf.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--images", "1", "--image-size", "12by3" }, "--image-size must be WxH")]
    [InlineData(new[] { "--workload", "multi-turn", "--images", "1" }, "--images works with the length and reasoning workloads")]
    [InlineData(new[] { "--workload", "agentic", "--max-context-tokens", "100" }, "Max context tokens must leave room")]
    [InlineData(new[] { "--workload", "trace" }, "--workload trace needs --trace FILE")]
    [InlineData(new[] { "--workload", "trace", "--trace", "/nonexistent/trace.jsonl" }, "does not exist")]
    [InlineData(new[] { "--workload", "multi-turn", "--rate", "2" }, "--rate does not apply")]
    [InlineData(new[] { "--workload", "multi-turn", "--sweep", "1,2" }, "cannot be combined with --sweep")]
    [InlineData(new[] { "--workload", "agentic", "--find-max-load" }, "cannot be combined with --find-max-load")]
    [InlineData(new[] { "--workload", "multi-turn", "--ladder" }, "cannot be combined with --find-max-load or --ladder")]
    [InlineData(new[] { "--workload", "nonsense" }, "--workload must be length, reasoning, multi-turn, trace or agentic")]
    public async Task Workload_options_that_cannot_run_are_refused_before_any_request(string[] options, string message)
    {
        var perf = await CliProcess.RunAsync(["perf", "--base-url", "http://127.0.0.1:9/v1", "--model", "nobody", .. options,
            "--data", Directory.CreateTempSubdirectory("yardstick-perf-").FullName]);

        Assert.NotEqual(0, perf.ExitCode);
        Assert.Contains(message, perf.All, StringComparison.Ordinal);
    }
}
