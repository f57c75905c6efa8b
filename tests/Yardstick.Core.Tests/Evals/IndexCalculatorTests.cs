using Yardstick.Core.Evals;

namespace Yardstick.Core.Tests.Evals;

public sealed class IndexCalculatorTests
{
    private static readonly IndexDefinition Definition = IndexDefinition.Parse("""
        {
          "name": "Test Index", "version": "1",
          "components": [ { "eval": "a", "weight": 0.5 }, { "eval": "b", "weight": 0.3 }, { "eval": "c", "weight": 0.2 } ],
          "estimation": { "allowed": true, "max_missing_evals": 1, "max_missing_weight": 0.2, "rule": "one light eval may be missing" }
        }
        """);

    private static EvalSummary Summary(string eval, double score, int n = 100, int? items = 100, decimal? cost = 1m) => new()
    {
        Eval = eval, Version = "1", N = n, Questions = n, DatasetItems = items, Score = score, Ci95 = [score - 0.05, score + 0.05],
        NoAnswer = 0, Failed = 0, InputTokens = 1000, OutputTokens = 2000, CostUsd = cost, RunId = $"run-{eval}",
    };

    [Fact]
    public void Index_is_the_weighted_mean_on_a_0_to_100_scale()
    {
        var result = IndexCalculator.Compute(Definition, [Summary("a", 0.8), Summary("b", 0.5), Summary("c", 0.2)]);

        Assert.Equal(100 * (0.5 * 0.8 + 0.3 * 0.5 + 0.2 * 0.2), result.Value!.Value, 9);
        Assert.False(result.Estimated);
        Assert.True(result.Complete);
        Assert.Empty(result.Missing);
        Assert.NotNull(result.Ci95);
        Assert.Equal(6000, result.VerbosityOutputTokens);
        Assert.Equal(3m, result.CostToRunUsd);
    }

    [Fact]
    public void A_missing_heavy_eval_gives_no_index()
    {
        var result = IndexCalculator.Compute(Definition, [Summary("b", 0.5), Summary("c", 0.2)]);

        Assert.Null(result.Value);
        Assert.Equal(["a"], result.Missing);
        Assert.Contains("no index", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_light_eval_gives_a_flagged_estimate_with_renormalised_weights()
    {
        var result = IndexCalculator.Compute(Definition, [Summary("a", 0.8), Summary("b", 0.4)]);

        Assert.True(result.Estimated);
        Assert.Equal(100 * (0.5 * 0.8 + 0.3 * 0.4) / 0.8, result.Value!.Value, 9);
        Assert.Null(result.VerbosityOutputTokens);
    }

    [Fact]
    public void Partial_runs_are_flagged_and_their_tokens_projected_to_the_whole_dataset()
    {
        var result = IndexCalculator.Compute(Definition, [Summary("a", 0.8, n: 10, items: 100), Summary("b", 0.5), Summary("c", 0.2, cost: null)]);

        Assert.False(result.Complete);
        Assert.Equal(20000 + 2000 + 2000, result.VerbosityOutputTokens);
        Assert.Null(result.CostToRunUsd);
    }

    [Theory]
    [InlineData("measured:perf-1", "measured:perf-1", "measured:perf-1", new[] { "measured:perf-1" }, true)]
    [InlineData("published:https://example.com/prices", "published:https://example.com/prices", "user", new[] { "published:https://example.com/prices", "user" }, false)]
    public void The_cost_to_run_names_the_prices_it_used_and_whether_they_are_measured(string a, string b, string c, string[] expected, bool measured)
    {
        // Given three eval runs costed at the prices named by their sources
        EvalSummary At(string eval, string source) => Summary(eval, 0.5) with { CostSource = source };

        // When the index is computed
        var result = IndexCalculator.Compute(Definition, [At("a", a), At("b", b), At("c", c)]);

        // Then the cost to run lists each source once, and each summary says whether its cost is a measured one
        Assert.Equal(3m, result.CostToRunUsd);
        Assert.Equal(expected, result.CostSources);
        Assert.Equal(measured, At("a", a).CostIsMeasured);
    }

    [Fact]
    public void Without_a_cost_to_run_there_is_no_cost_source()
    {
        var result = IndexCalculator.Compute(Definition, [Summary("a", 0.8) with { CostSource = "measured:perf-1" }, Summary("b", 0.5, cost: null), Summary("c", 0.2)]);

        Assert.Null(result.CostToRunUsd);
        Assert.Empty(result.CostSources);
    }

    [Theory]
    [InlineData("""{ "name": "X", "version": "1", "components": [ { "eval": "a", "weight": 0.5 } ] }""", "sum")]
    [InlineData("""{ "name": "X", "version": "1", "components": [] }""", "no components")]
    [InlineData("""{ "name": "X", "version": "1", "components": [ { "eval": "a", "weight": 0.5 }, { "eval": "a", "weight": 0.5 } ] }""", "twice")]
    [InlineData("""{ "name": """, "JSON")]
    public void Invalid_definitions_are_rejected_with_the_reason(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => IndexDefinition.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
