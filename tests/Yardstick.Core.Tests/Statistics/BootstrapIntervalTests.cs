using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class BootstrapIntervalTests
{
    [Fact]
    public void Same_seed_gives_the_same_interval()
    {
        var values = Enumerable.Range(0, 50).Select(i => i % 3 == 0 ? 1.0 : 0.0).ToArray();

        var first = BootstrapInterval.OfMean(values, seed: 7);
        var second = BootstrapInterval.OfMean(values, seed: 7);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Interval_brackets_the_estimate_and_is_close_to_the_normal_one()
    {
        // Given 200 answers, 120 right
        var values = Enumerable.Range(0, 200).Select(i => i < 120 ? 1.0 : 0.0).ToArray();

        // When
        var interval = BootstrapInterval.OfMean(values, seed: 1);
        var normal = ClusteredMean.Of(values.Select((v, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), v))).Interval();

        // Then
        Assert.Equal(0.6, interval.Estimate, 12);
        Assert.InRange(interval.Lower, normal.Lower - 0.02, normal.Lower + 0.02);
        Assert.InRange(interval.Upper, normal.Upper - 0.02, normal.Upper + 0.02);
    }

    [Fact]
    public void Clustered_resampling_keeps_epochs_of_a_question_together()
    {
        // Given 20 questions × 5 epochs where each question is always right or always wrong
        var observations = Enumerable.Range(0, 20)
            .SelectMany(q => Enumerable.Range(0, 5).Select(_ => ($"q{q}", q < 10 ? 1.0 : 0.0))).ToArray();

        // When
        var clustered = BootstrapInterval.OfClusteredMean(observations, seed: 3);
        var naive = BootstrapInterval.OfMean(observations.Select(o => o.Item2).ToArray(), seed: 3);

        // Then: treating 100 observations as independent understates the uncertainty of 20 questions
        Assert.True(clustered.Upper - clustered.Lower > 1.8 * (naive.Upper - naive.Lower));
    }

    [Fact]
    public void Constant_values_give_a_zero_width_interval()
    {
        var interval = BootstrapInterval.OfMean([1.0, 1.0, 1.0], seed: 0);

        Assert.Equal(1.0, interval.Lower);
        Assert.Equal(1.0, interval.Upper);
    }
}
