using Yardstick.Core.Evals;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Evals;

public sealed class PairedComparisonTests
{
    private static SampleRecord Sample(string run, string item, bool correct, int epoch = 0, double? score = null) => new()
    {
        RunId = run, PromptId = item, Epoch = epoch, RequestStartedUtc = DateTimeOffset.UnixEpoch,
        Correct = correct, ExtractedAnswer = "x", Score = score,
    };

    private static List<SampleRecord> Run(string run, params bool[] correct) =>
        correct.Select((c, i) => Sample(run, $"q{i}", c)).ToList();

    [Fact]
    public void Same_items_answered_once_use_exact_mcnemar_and_newcombes_paired_interval()
    {
        // Given A right on 8 items B got wrong, B right on 1 item A got wrong, 11 ties
        var a = Run("a", [.. Enumerable.Repeat(true, 8), false, .. Enumerable.Repeat(true, 5), .. Enumerable.Repeat(false, 6)]);
        var b = Run("b", [.. Enumerable.Repeat(false, 8), true, .. Enumerable.Repeat(true, 5), .. Enumerable.Repeat(false, 6)]);

        // When
        var comparison = PairedComparison.Of(a, b);

        // Then the discordant counts drive the test: 2 · P(X ≤ 1 | 9, ½) = 20/512
        Assert.True(comparison.Paired);
        Assert.Equal("mcnemar-exact", comparison.Method);
        Assert.Equal((5, 8, 1, 6), (comparison.BothCorrect!.Value, comparison.OnlyACorrect!.Value, comparison.OnlyBCorrect!.Value, comparison.NeitherCorrect!.Value));
        Assert.Equal(20.0 / 512, comparison.PValue!.Value, 12);
        Assert.Equal(7.0 / 20, comparison.Difference.Estimate, 12);
        Assert.True(comparison.Difference.Lower > 0);
        Assert.Contains("exact McNemar on 9 discordant of 20", comparison.Test, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_answers_give_p_one_and_an_interval_that_is_not_a_point()
    {
        var a = Run("a", false, false, false, false, false);
        var b = Run("b", false, false, false, false, false);

        var comparison = PairedComparison.Of(a, b);

        Assert.Equal(1.0, comparison.PValue);
        Assert.True(comparison.Difference.Lower < 0 && comparison.Difference.Upper > 0);
    }

    [Fact]
    public void Different_items_fall_back_to_newcombe_without_a_paired_test()
    {
        var a = Run("a", true, true, false, true);
        var b = Run("b", true, false, false).Select(s => s with { PromptId = "other-" + s.PromptId }).ToList();

        var comparison = PairedComparison.Of(a, b);

        Assert.False(comparison.Paired);
        Assert.Equal("newcombe", comparison.Method);
        Assert.Null(comparison.PValue);
        Assert.Equal(0.75 - 1.0 / 3, comparison.Difference.Estimate, 12);
    }

    [Fact]
    public void Epochs_on_the_same_items_use_the_paired_bootstrap()
    {
        var a = Enumerable.Range(0, 10).SelectMany(i => new[] { Sample("a", $"q{i}", true, 0), Sample("a", $"q{i}", i % 3 != 0, 1) }).ToList();
        var b = Enumerable.Range(0, 10).SelectMany(i => new[] { Sample("b", $"q{i}", i % 2 == 0, 0), Sample("b", $"q{i}", false, 1) }).ToList();

        var comparison = PairedComparison.Of(a, b);

        Assert.True(comparison.Paired);
        Assert.Equal("paired-bootstrap", comparison.Method);
        Assert.NotNull(comparison.PValue);
        Assert.Equal(comparison, PairedComparison.Of(a, b)); // seeded: the same figure every time
        Assert.True(comparison.Difference.Lower > 0);
    }
}
