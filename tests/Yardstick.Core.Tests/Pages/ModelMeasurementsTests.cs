using System.Text.Json;
using Yardstick.Core.Evals;
using Yardstick.Core.Metrics;
using Yardstick.Core.Pages;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Pages;

public sealed class ModelMeasurementsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    internal static RunRecord Run(string id, RunKind kind, DateTimeOffset started, string? summaryJson, RunStatus status = RunStatus.Completed) => new()
    {
        Id = id, Kind = kind, ModelSlug = "m", ApiStyle = "openai-chat", BaseUrl = "http://127.0.0.1:8000/v1", ModelId = "m",
        Task = kind == RunKind.Eval ? "gsm8k" : "short", ConfigurationJson = "{}", YardstickVersion = "0.1.0", StartedUtc = started,
        Status = status, SummaryJson = summaryJson,
    };

    internal static string Perf(params double[] speeds) => PerfSummaryJson.Serialize(new PerfSummary
    {
        Requests = new RequestCounts(speeds.Length, 0, new Dictionary<string, int>()),
        TtftSeconds = DistributionSummary.Of(speeds.Select(_ => 0.2)),
        FirstAnswerTokenSeconds = DistributionSummary.Empty,
        OutputTokensPerSecond = DistributionSummary.Of(speeds),
        OutputTokensPerSecondNative = DistributionSummary.Empty,
        InterTokenLatencySeconds = DistributionSummary.Empty,
        E2eLatencySeconds = DistributionSummary.Empty,
        ReasoningTokens = DistributionSummary.Empty,
        OutputTokens = DistributionSummary.Empty,
    });

    internal static string Eval(string id, int correct, int n)
    {
        var ci = WilsonInterval.Of(correct, n);
        return JsonSerializer.Serialize(new EvalSummary
        {
            Eval = id, Version = "1", N = n, Score = (double)correct / n, Ci95 = [ci.Lower, ci.Upper], NoAnswer = 0, Failed = 0,
            InputTokens = 0, OutputTokens = 0, CostUsd = null,
        });
    }

    [Fact]
    public void The_latest_completed_runs_are_the_headline_and_running_ones_are_ignored()
    {
        // Given two completed perf runs, a newer running one, and two gsm8k runs
        var runs = new[]
        {
            Run("perf-old", RunKind.Perf, T0, Perf(10, 20)),
            Run("perf-new", RunKind.Perf, T0.AddHours(1), Perf(30, 40)),
            Run("perf-running", RunKind.Perf, T0.AddHours(2), null, RunStatus.Running),
            Run("eval-old", RunKind.Eval, T0, Eval("gsm8k", 1, 10)),
            Run("eval-new", RunKind.Eval, T0.AddHours(1), Eval("gsm8k", 9, 10)),
        };

        // When read
        var measured = ModelMeasurements.From(runs);

        // Then the newest completed run of each kind and eval is the headline, with its figures
        Assert.Equal("perf-new", measured.LatestPerf!.Run.Id);
        Assert.Equal(35, measured.LatestPerf.Summary.OutputTokensPerSecond.P50, 9);
        Assert.True(double.IsNaN(measured.LatestPerf.Summary.FirstAnswerTokenSeconds.P50));
        var eval = Assert.Single(measured.LatestEvals);
        Assert.Equal("eval-new", eval.Run.Id);
        Assert.Equal(0.9, eval.Summary.Score, 9);
        Assert.Empty(measured.Unreadable);
    }

    [Fact]
    public void Failed_interrupted_running_and_all_failed_runs_are_not_counted_and_say_why()
    {
        // Given one good perf run and an eval, and runs that must not count: a newer failed perf run (with a summary), an
        // interrupted eval, a running eval and a completed eval from before runs were judged in which every question failed
        var allFailed = JsonSerializer.Serialize(JsonSerializer.Deserialize<EvalSummary>(Eval("gsm8k", 0, 10))! with { Failed = 10 });
        var runs = new[]
        {
            Run("perf-ok", RunKind.Perf, T0, Perf(10, 20)),
            Run("perf-failed", RunKind.Perf, T0.AddHours(1), Perf(500), RunStatus.Failed) with { FailureReason = "all 10 requests failed: connection_refused (10)" },
            Run("eval-ok", RunKind.Eval, T0, Eval("gsm8k", 5, 10)),
            Run("eval-interrupted", RunKind.Eval, T0.AddHours(1), Eval("gsm8k", 9, 10), RunStatus.Interrupted),
            Run("eval-running", RunKind.Eval, T0.AddHours(2), null, RunStatus.Running),
            Run("eval-all-failed", RunKind.Eval, T0.AddHours(3), allFailed),
        };

        // When read
        var measured = ModelMeasurements.From(runs);

        // Then only the good runs are measurements, and each other run is listed with its reason, newest first
        Assert.Equal("perf-ok", measured.LatestPerf!.Run.Id);
        Assert.Equal(["perf-ok"], measured.Perf.Select(p => p.Run.Id));
        Assert.Equal("eval-ok", Assert.Single(measured.LatestEvals).Run.Id);
        Assert.Equal(["eval-all-failed", "eval-running", "perf-failed", "eval-interrupted"], measured.Skipped.Select(r => r.Run.Id));
        Assert.Equal("failed: all 10 requests failed: connection_refused (10); not counted", measured.Skipped.Single(r => r.Run.Id == "perf-failed").Reason);
        Assert.StartsWith("interrupted", measured.Skipped.Single(r => r.Run.Id == "eval-interrupted").Reason, StringComparison.Ordinal);
        Assert.StartsWith("completed with every request failed", measured.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Empty(measured.Unreadable);
    }

    [Fact]
    public void A_summary_that_cannot_be_read_is_listed_with_its_reason()
    {
        // Given a completed perf run whose summary is not JSON and an eval run with a one-sided interval
        var runs = new[]
        {
            Run("perf-bad", RunKind.Perf, T0, "not json"),
            Run("eval-bad", RunKind.Eval, T0, """{"eval":"gsm8k","version":"1","n":1,"score":1,"ci95":[0.5],"no_answer":0,"failed":0,"input_tokens":0,"output_tokens":0,"cost_usd":null}"""),
        };

        // When read
        var measured = ModelMeasurements.From(runs);

        // Then neither is a measurement and both are reported, not dropped
        Assert.True(measured.IsEmpty);
        Assert.Equal(["eval-bad", "perf-bad"], measured.Unreadable.Select(u => u.Run.Id).Order());
        Assert.Contains(measured.Unreadable, u => u.Reason.Contains("ci95", StringComparison.Ordinal));
    }

    [Fact]
    public void No_runs_means_nothing_measured()
    {
        // When a model has no runs; Then there is no perf and no eval
        var measured = ModelMeasurements.From([]);

        Assert.Null(measured.LatestPerf);
        Assert.Empty(measured.LatestEvals);
        Assert.True(measured.IsEmpty);
    }

    [Fact]
    public void The_index_uses_the_latest_run_of_each_eval_and_names_it()
    {
        // Given an index of gsm8k and math (half each) and runs of both, gsm8k twice
        var definition = IndexDefinition.Parse("""{"name":"I","version":"1","components":[{"eval":"gsm8k","weight":0.5},{"eval":"math","weight":0.5}]}""");
        var measured = ModelMeasurements.From([
            Run("eval-old", RunKind.Eval, T0, Eval("gsm8k", 0, 10)),
            Run("eval-new", RunKind.Eval, T0.AddHours(1), Eval("gsm8k", 8, 10)),
            Run("eval-math", RunKind.Eval, T0, Eval("math", 4, 10))]);

        // When the index is computed
        var index = measured.Index(definition);

        // Then it is (80 + 40) / 2 = 60 from the newest gsm8k run
        Assert.Equal(60, index.Value!.Value, 9);
        Assert.False(index.Estimated);
        Assert.Equal(["eval-new", "eval-math"], index.Components.Select(c => c.RunId));
    }

    [Theory]
    [InlineData(true, "2", 70)]    // v2 data: the v2 figure
    [InlineData(false, "1", 60)]   // only v1's evals (older runs): the v1 figure, which says it is v1
    public void An_index_with_a_fallback_shows_the_newer_version_where_the_model_has_its_data(bool hasV2Data, string version, double value)
    {
        // Given v2 (humaneval only) falling back to v1 (gsm8k only)
        var v1 = IndexDefinition.Parse("""{"name":"I","version":"1","components":[{"eval":"gsm8k","weight":1}]}""");
        var v2 = IndexDefinition.Parse("""{"name":"I","version":"2","components":[{"eval":"humaneval","weight":1}]}""") with { Fallback = v1 };
        var runs = new List<RunRecord> { Run("eval-gsm8k", RunKind.Eval, T0, Eval("gsm8k", 6, 10)) };
        if (hasV2Data)
            runs.Add(Run("eval-humaneval", RunKind.Eval, T0, Eval("humaneval", 7, 10)));

        // When
        var index = ModelMeasurements.From(runs).Index(v2);

        // Then
        Assert.Equal(version, index.Version);
        Assert.Equal(value, index.Value!.Value, 9);
    }

    [Fact]
    public void Without_data_for_either_version_the_newer_one_says_why_there_is_no_index()
    {
        var v1 = IndexDefinition.Parse("""{"name":"I","version":"1","components":[{"eval":"gsm8k","weight":1}]}""");
        var v2 = IndexDefinition.Parse("""{"name":"I","version":"2","components":[{"eval":"humaneval","weight":1}]}""") with { Fallback = v1 };

        var index = ModelMeasurements.From([]).Index(v2);

        Assert.Equal("2", index.Version);
        Assert.Null(index.Value);
    }
}
