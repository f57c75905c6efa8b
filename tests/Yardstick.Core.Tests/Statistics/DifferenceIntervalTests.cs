using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class DifferenceIntervalTests
{
    [Fact]
    public void Unpaired_difference_adds_variances()
    {
        var a = new MeanEstimate(0.7, 0.03, 100);
        var b = new MeanEstimate(0.6, 0.04, 100);

        var difference = DifferenceInterval.Unpaired(a, b);

        Assert.Equal(0.1, difference.Estimate, 12);
        Assert.Equal(WilsonInterval.Z95 * 0.05, difference.HalfWidth, 12);
    }

    [Fact]
    public void Paired_difference_uses_per_question_differences()
    {
        // Given model A right on q1 and q2, model B right on q1 only
        (string, double)[] a = [("q1", 1), ("q2", 1), ("q3", 0), ("q4", 0)];
        (string, double)[] b = [("q1", 1), ("q2", 0), ("q3", 0), ("q4", 0)];

        // When
        var difference = DifferenceInterval.Paired(a, b);

        // Then: differences [0, 1, 0, 0], mean 0.25, SE 0.25
        Assert.Equal(0.25, difference.Estimate, 12);
        Assert.Equal(WilsonInterval.Z95 * 0.25, difference.HalfWidth, 12);
    }

    [Fact]
    public void Paired_difference_ignores_questions_only_one_model_answered_and_averages_epochs()
    {
        (string, double)[] a = [("q1", 1), ("q1", 0), ("q2", 1), ("extra", 1)];
        (string, double)[] b = [("q1", 0), ("q2", 1)];

        var difference = DifferenceInterval.Paired(a, b);

        // q1: 0.5 − 0 = 0.5, q2: 1 − 1 = 0 → mean 0.25
        Assert.Equal(0.25, difference.Estimate, 12);
    }

    [Fact]
    public void Paired_interval_of_a_consistent_gain_excludes_zero()
    {
        var a = Enumerable.Range(0, 100).Select(i => ($"q{i}", i < 60 ? 1.0 : 0.0)).ToArray();
        var b = Enumerable.Range(0, 100).Select(i => ($"q{i}", i < 45 ? 1.0 : 0.0)).ToArray();

        var difference = DifferenceInterval.Paired(a, b);

        Assert.True(difference.ExcludesZero);
    }
}
