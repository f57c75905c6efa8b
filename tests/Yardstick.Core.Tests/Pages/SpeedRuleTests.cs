using Yardstick.Core.Pages;
using Yardstick.Core.Runs;
using static Yardstick.Core.Tests.Pages.ModelMeasurementsTests;

namespace Yardstick.Core.Tests.Pages;

public sealed class SpeedRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A completed perf run <paramref name="hoursAgo"/> before <see cref="Now"/> with one request at <paramref name="speed"/> tokens/s.</summary>
    private static RunRecord PerfRun(string id, double hoursAgo, double speed, string task = SpeedRule.HeadlineTask, string config = """{"concurrency":1}""",
        string baseUrl = "http://127.0.0.1:8000/v1") =>
        Run(id, RunKind.Perf, Now.AddHours(-hoursAgo), Perf(speed)) with { Task = task, ConfigurationJson = config, BaseUrl = baseUrl };

    public static TheoryData<string, RunRecord[], SpeedBasis, double, string[]> Cases => new()
    {
        // The median of the headline runs of the last 72 h; the older one and the 10k-token run are not mixed in
        { "window", [PerfRun("a", 1, 100), PerfRun("b", 30, 120), PerfRun("c", 70, 300), PerfRun("old", 100, 10), PerfRun("long", 0.5, 5, task: "prompt-length-10000")],
          SpeedBasis.Window, 120, ["a", "b", "c"] },
        // A run at concurrency 8 or at a request rate is a load run, not the headline
        { "load runs", [PerfRun("load", 1, 900, config: """{"concurrency":8}"""), PerfRun("rate", 2, 800, config: """{"rate_per_s":4}"""), PerfRun("one", 3, 50)],
          SpeedBasis.Window, 50, ["one"] },
        // A configuration without concurrency is single-stream (the perf verb's default)
        { "no concurrency stated", [PerfRun("plain", 1, 60, config: "{}")], SpeedBasis.Window, 60, ["plain"] },
        // Only the newest headline run's endpoint counts
        { "one endpoint", [PerfRun("here", 1, 70), PerfRun("there", 2, 700, baseUrl: "https://api.example.org/v1")], SpeedBasis.Window, 70, ["here"] },
        // Nothing in 72 h: the latest headline run, however old
        { "stale", [PerfRun("week", 24 * 7, 40), PerfRun("fortnight", 24 * 14, 20)], SpeedBasis.LatestHeadlineRun, 40, ["week"] },
        // Nothing at the headline workload: the latest run at its own workload
        { "other workload", [PerfRun("short", 1, 33, task: "short-100"), PerfRun("older", 5, 99, task: "short-100")], SpeedBasis.LatestOtherWorkload, 33, ["short"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_speed_rule_picks_its_runs_and_says_which_branch(string because, RunRecord[] runs, SpeedBasis basis, double speed, string[] runIds)
    {
        // When a model's speed is read at Now
        var measured = ModelMeasurements.From(runs, Now);

        // Then the rule's branch, figure and runs are as expected, and the page figures are the rule's
        Assert.True(measured.Speed is not null, because);
        Assert.Equal(basis, measured.Speed.Basis);
        Assert.Equal(speed, measured.Speed.OutputTokensPerSecond);
        Assert.Equal(runIds, measured.Speed.RunIds);
        Assert.Equal(speed, measured.MedianOutputTokensPerSecond);
        Assert.Equal(0.2, measured.MedianTtftSeconds!.Value, 9);
    }

    [Theory]
    [InlineData(SpeedBasis.Window, 3, "median of 3 runs over the last 72 h")]
    [InlineData(SpeedBasis.Window, 1, "the one run of the last 72 h")]
    [InlineData(SpeedBasis.LatestHeadlineRun, 1, "latest run (2026-11-26): none in the last 72 h")]
    [InlineData(SpeedBasis.LatestOtherWorkload, 1, "latest run, at workload prompt-length-100: none at the headline workload")]
    public void Each_branch_states_how_the_figure_was_taken(SpeedBasis basis, int runs, string statement)
    {
        var measured = ModelMeasurements.From(Enumerable.Range(0, runs).Select(i => PerfRun($"r{i}", i, 10)), Now);

        var speed = new ModelSpeed(basis, SpeedRule.HeadlineTask, "e", measured.Perf, 10, 0.2);

        Assert.Equal(statement, speed.Statement);
    }

    [Fact]
    public void A_model_without_perf_runs_has_no_speed_and_a_later_reading_moves_the_window()
    {
        Assert.Null(ModelMeasurements.None.Speed);

        // Given a run 10 h before Now, read 100 h later
        var later = ModelMeasurements.From([PerfRun("a", 10, 80)], Now) with { AsOf = Now.AddHours(100) };

        // Then the window no longer holds it, and the figure says it is the latest run
        Assert.Equal(SpeedBasis.LatestHeadlineRun, later.Speed!.Basis);
    }
}
