using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class PassAtKTests
{
    [Theory]
    [InlineData(1, 0, 1, 0.0)]
    [InlineData(1, 1, 1, 1.0)]
    [InlineData(10, 3, 1, 0.3)]            // pass@1 = c / n
    [InlineData(10, 0, 5, 0.0)]
    [InlineData(10, 6, 5, 1.0)]            // n − c < k: some draw of k always holds a pass
    [InlineData(5, 1, 2, 0.4)]             // 1 − C(4,2)/C(5,2) = 1 − 6/10
    [InlineData(10, 2, 5, 0.7777777777777778)] // 1 − C(8,5)/C(10,5) = 1 − 56/252
    [InlineData(200, 10, 100, 0.9992289739)]   // 1 − C(190,100)/C(200,100)
    public void Matches_one_minus_the_binomial_ratio(int n, int c, int k, double expected) =>
        Assert.Equal(expected, PassAtK.Of(n, c, k), 9);

    [Fact]
    public void The_mean_is_over_tasks_and_nan_when_a_task_has_too_few_samples()
    {
        Assert.Equal(0.5, PassAtK.Mean([(2, 1), (2, 0), (2, 2)], 1), 12);
        Assert.True(double.IsNaN(PassAtK.Mean([(2, 1), (1, 1)], 2)));
        Assert.True(double.IsNaN(PassAtK.Mean([], 1)));
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(3, 4, 1)]
    [InlineData(3, 1, 4)]
    [InlineData(3, 1, 0)]
    public void Impossible_counts_are_rejected(int n, int c, int k) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => PassAtK.Of(n, c, k));
}
