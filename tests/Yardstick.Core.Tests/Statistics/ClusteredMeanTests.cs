using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class ClusteredMeanTests
{
    [Fact]
    public void One_observation_per_cluster_gives_the_ordinary_standard_error()
    {
        // Given four independent answers, three right: SD 0.5, SE 0.25
        var observations = new[] { ("a", 1.0), ("b", 0.0), ("c", 1.0), ("d", 1.0) };

        // When
        var estimate = ClusteredMean.Of(observations);

        // Then
        Assert.Equal(0.75, estimate.Mean, 12);
        Assert.Equal(0.25, estimate.StandardError, 12);
        Assert.Equal(4, estimate.Units);
    }

    [Fact]
    public void Repeated_epochs_of_one_question_widen_the_error_to_the_per_question_spread()
    {
        // Given two questions asked twice each, one always right and one always wrong
        var observations = new[] { ("q1", 1.0), ("q1", 1.0), ("q2", 0.0), ("q2", 0.0) };

        // When
        var estimate = ClusteredMean.Of(observations);

        // Then: SE of the per-question means [1, 0] is 0.5, wider than the naive 0.289 over four observations
        Assert.Equal(0.5, estimate.Mean, 12);
        Assert.Equal(0.5, estimate.StandardError, 12);
        Assert.Equal(2, estimate.Units);
    }

    [Fact]
    public void No_observations_give_nan_and_zero_units()
    {
        var estimate = ClusteredMean.Of([]);

        Assert.True(double.IsNaN(estimate.Mean));
        Assert.Equal(0, estimate.Units);
        Assert.True(double.IsNaN(estimate.Interval().Lower));
    }

    [Fact]
    public void Proportion_interval_is_clipped_to_the_unit_range()
    {
        // Given a mean near 1 with a wide error
        var estimate = new MeanEstimate(0.95, 0.1, 10);

        // When
        var interval = estimate.ProportionInterval();

        // Then
        Assert.Equal(1.0, interval.Upper);
        Assert.Equal(0.95 - WilsonInterval.Z95 * 0.1, interval.Lower, 12);
    }
}
