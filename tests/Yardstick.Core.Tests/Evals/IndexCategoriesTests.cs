using Yardstick.Core.Evals;

namespace Yardstick.Core.Tests.Evals;

/// <summary>Index definitions with categories (Yardstick Index v2's shape): weights and the within-category estimation rule.</summary>
public sealed class IndexCategoriesTests
{
    private static readonly IndexDefinition Definition = IndexDefinition.Parse("""
        {
          "name": "Test Index", "version": "2",
          "categories": [ { "name": "x", "weight": 0.5 }, { "name": "y", "weight": 0.5 } ],
          "components": [
            { "eval": "a", "category": "x", "weight": 0.3 }, { "eval": "b", "category": "x", "weight": 0.2 },
            { "eval": "c", "category": "y", "weight": 0.5 } ],
          "estimation": { "allowed": true, "max_missing_evals": 1, "max_missing_weight": 0.3, "within_category": true, "rule": "within the category" }
        }
        """);

    private static EvalSummary Summary(string eval, double score) => new()
    {
        Eval = eval, Version = "1", N = 100, Questions = 100, DatasetItems = 100, Score = score, Ci95 = [score - 0.05, score + 0.05],
        NoAnswer = 0, Failed = 0, InputTokens = 10, OutputTokens = 20, CostUsd = null, RunId = $"run-{eval}",
    };

    [Fact]
    public void A_missing_eval_gives_its_weight_to_its_own_category()
    {
        // Given b (category x) missing
        var result = IndexCalculator.Compute(Definition, [Summary("a", 0.8), Summary("c", 0.2)]);

        // Then a carries all of x's 50 %, c keeps y's 50 % (a flat rescale would give a 0.3/0.8 share)
        Assert.True(result.Estimated);
        Assert.Equal(100 * (0.5 * 0.8 + 0.5 * 0.2), result.Value!.Value, 9);
    }

    [Fact]
    public void A_category_with_no_eval_left_gives_no_index()
    {
        var result = IndexCalculator.Compute(Definition, [Summary("a", 0.8), Summary("b", 0.6)]);

        Assert.Null(result.Value);
        Assert.Contains("category", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_results_weigh_every_eval_as_written()
    {
        var result = IndexCalculator.Compute(Definition, [Summary("a", 1), Summary("b", 0), Summary("c", 0.5)]);

        Assert.False(result.Estimated);
        Assert.Equal(100 * (0.3 + 0.25), result.Value!.Value, 9);
    }

    [Theory]
    [InlineData("""{"name":"i","version":"9","categories":[{"name":"x","weight":0.6},{"name":"y","weight":0.4}],"components":[{"eval":"a","category":"x","weight":0.5},{"eval":"b","category":"y","weight":0.5}]}""")]
    [InlineData("""{"name":"i","version":"9","categories":[{"name":"x","weight":1}],"components":[{"eval":"a","category":"x","weight":0.5},{"eval":"b","weight":0.5}]}""")]
    public void Category_weights_must_match_their_evals(string json) =>
        Assert.Throws<FormatException>(() => IndexDefinition.Parse(json));
}
