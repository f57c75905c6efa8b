using System.Text.Json;

namespace Yardstick.Cli.Tests.Perf;

/// <summary>`yardstick perf --find-max-load` and `--ladder` against the tiny model's server: the --json documents, storage, and what they refuse.</summary>
public sealed class PerfLoadSeriesTests(ModelServerFixture server) : IClassFixture<ModelServerFixture>
{
    [Fact]
    public async Task Find_max_load_writes_the_frontier_and_every_level_as_a_stored_run()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-capacity-").FullName;
        var json = Path.Combine(data, "capacity.json");

        // When the search may go up to 2 streams under an error-rate SLO the server meets
        var perf = await CliProcess.RunAsync(["perf", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--find-max-load", "--slo-error-rate", "0", "--search-max", "2", "--requests", "2", "--max-tokens", "8", "--warmup", "0", "--json", json, "--data", data]);

        // Then both levels passed, the frontier is the search maximum, and each level is its own run with its summary
        Assert.True(perf.ExitCode == 0, perf.All);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var capacity = document.RootElement.GetProperty("capacity");
        Assert.StartsWith("capacity-", capacity.GetProperty("search_id").GetString(), StringComparison.Ordinal);
        Assert.Equal("concurrency", capacity.GetProperty("mode").GetString());
        var frontier = capacity.GetProperty("frontier");
        Assert.Equal(2, frontier.GetProperty("max_passing_level").GetDouble());
        Assert.Equal("maximum_passes", frontier.GetProperty("stop").GetString());
        var levels = capacity.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal([1.0, 2.0], levels.Select(l => l.GetProperty("level").GetDouble()));
        Assert.All(levels, l => Assert.True(l.GetProperty("passed").GetBoolean()));
        Assert.Equal("error_rate", levels[0].GetProperty("checks")[0].GetProperty("metric").GetString());
        Assert.Equal(4, levels[1].GetProperty("summary").GetProperty("requests").GetProperty("ok").GetInt32());
        Assert.Contains("max load meeting the SLOs: 2 streams", perf.Output, StringComparison.Ordinal);
        var store = new Yardstick.Storage.Runs.EfRunStore(Yardstick.Storage.YardstickDatabase.ForDataDirectory(data));
        Assert.Equal(2, (await store.ListRunsAsync(new Yardstick.Core.Runs.RunQuery(), TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task The_ladder_reports_system_and_per_user_throughput_per_step()
    {
        var data = Directory.CreateTempSubdirectory("yardstick-ladder-").FullName;
        var json = Path.Combine(data, "ladder.json");

        var perf = await CliProcess.RunAsync(["perf", "--base-url", server.BaseUrl.ToString(), "--model", ModelServerFixture.ModelId,
            "--ladder", "--ladder-max", "2", "--requests", "2", "--prompt-tokens", "100", "--max-tokens", "8", "--warmup", "0", "--json", json, "--data", data]);

        Assert.True(perf.ExitCode == 0, perf.All);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var steps = document.RootElement.GetProperty("ladder").GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal([1, 2], steps.Select(s => s.GetProperty("concurrency").GetInt32()));
        Assert.All(steps, s => Assert.True(s.GetProperty("system_output_tokens_per_s").GetDouble() > 0 && s.GetProperty("per_user_output_tokens_per_s").GetDouble() > 0));
        Assert.All(steps, s => Assert.Equal("completed", s.GetProperty("status").GetString()));
        // And the command line's lengths replaced the ladder's 1k in / 1k out
        var store = new Yardstick.Storage.Runs.EfRunStore(Yardstick.Storage.YardstickDatabase.ForDataDirectory(data));
        var run = await store.GetRunAsync(steps[0].GetProperty("run_id").GetString()!, TestContext.Current.CancellationToken);
        Assert.Contains("\"max_tokens\":8,", run!.ConfigurationJson, StringComparison.Ordinal);
        Assert.Equal("prompt-length-100", run.Task);
    }

    [Theory]
    [InlineData("--find-max-load", "--find-max-load needs at least one SLO")]
    [InlineData("--find-max-load fastest --slo-ttft 1", "--find-max-load searches concurrency (the default) or rate")]
    [InlineData("--find-max-load --slo-ttft 1 --sweep 1,2", "--find-max-load chooses its own levels")]
    [InlineData("--ladder --rate 2", "--ladder chooses its own levels")]
    [InlineData("--ladder --find-max-load --slo-ttft 1", "two different runs")]
    [InlineData("--phase-seconds 5", "--phase-seconds belongs to --ladder")]
    [InlineData("--search-max 8", "belong to --find-max-load")]
    [InlineData("--find-max-load --slo-ttft 1 --search-start 8 --search-max 4", "The search maximum must be at least its start.")]
    [InlineData("--find-max-load --slo-ttft 1 --search-start 1.5", "A concurrency search starts and ends at whole numbers of streams.")]
    public async Task Impossible_combinations_are_refused_before_any_request(string options, string expected)
    {
        var perf = await CliProcess.RunAsync(["perf", "--base-url", "http://127.0.0.1:9/v1", "--model", "nobody", .. options.Split(' '),
            "--data", Directory.CreateTempSubdirectory("yardstick-perf-").FullName]);

        Assert.NotEqual(0, perf.ExitCode);
        Assert.Contains(expected, perf.All, StringComparison.Ordinal);
    }
}
