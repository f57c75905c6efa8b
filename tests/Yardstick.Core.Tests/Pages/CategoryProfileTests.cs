using Yardstick.Core.Evals;
using Yardstick.Core.Pages;
using Yardstick.Core.Runs;
using static Yardstick.Core.Tests.Pages.ModelMeasurementsTests;

namespace Yardstick.Core.Tests.Pages;

public sealed class CategoryProfileTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Two categories at 50 %: maths (gsm8k 10 %, math-500 40 %) and code (humaneval 50 %).</summary>
    private static readonly IndexDefinition Definition = IndexDefinition.Parse("""
        {
          "name": "Test Index", "version": "2",
          "categories": [ { "name": "maths", "weight": 0.5 }, { "name": "code", "weight": 0.5 } ],
          "components": [
            { "eval": "gsm8k", "category": "maths", "weight": 0.1 }, { "eval": "math-500", "category": "maths", "weight": 0.4 },
            { "eval": "humaneval", "category": "code", "weight": 0.5 }
          ]
        }
        """);

    private static IReadOnlyList<EvalMeasurement> Evals(params (string Eval, int Correct)[] runs) =>
        ModelMeasurements.From(runs.Select((r, i) => Run($"run-{r.Eval}", RunKind.Eval, T0.AddMinutes(i), Eval(r.Eval, r.Correct, 100)) with { Task = r.Eval }), T0).LatestEvals;

    [Theory]
    // gsm8k 80 and math-500 50: (0.1 × 80 + 0.4 × 50) / 0.5 = 56
    [InlineData(80, 50, 56.0, "from every eval of the category")]
    // gsm8k alone: its own score, saying what is missing
    [InlineData(80, null, 80.0, "from gsm8k only (no math-500 run)")]
    public void A_category_is_the_index_weighted_mean_of_its_measured_evals(int gsm8k, int? math500, double expected, string statement)
    {
        var evals = math500 is { } m ? Evals(("gsm8k", gsm8k), ("math-500", m)) : Evals(("gsm8k", gsm8k));

        var profile = CategoryProfile.Of(Definition, evals);

        Assert.Equal(["maths", "code"], profile.Select(c => c.Category));
        Assert.Equal(expected, profile[0].Score!.Value, 9);
        Assert.Equal(statement, profile[0].Statement);
        Assert.Contains("run-gsm8k", profile[0].RunIds);
    }

    [Fact]
    public void A_category_with_no_eval_run_is_not_measured_not_zero()
    {
        var profile = CategoryProfile.Of(Definition, Evals(("gsm8k", 70)));

        Assert.Null(profile[1].Score);
        Assert.Equal("not measured (no humaneval run)", profile[1].Statement);
        Assert.Empty(profile[1].RunIds);
    }

    [Fact]
    public void A_definition_without_categories_has_no_profile()
    {
        var flat = Definition with { Categories = [] };

        Assert.Empty(CategoryProfile.Of(flat, Evals(("gsm8k", 70))));
    }
}
