using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class StudentTTests
{
    // Reference values: R's qt(0.975, df).
    [Theory]
    [InlineData(1, 12.7062)]
    [InlineData(2, 4.3027)]
    [InlineData(9, 2.2622)]
    [InlineData(30, 2.0423)]
    [InlineData(31, 2.0395)]
    [InlineData(40, 2.0211)]
    [InlineData(60, 2.0003)]
    [InlineData(120, 1.9799)]
    [InlineData(1000, 1.9623)]
    public void Critical_values_match_the_t_distribution(int degreesOfFreedom, double expected) =>
        Assert.Equal(expected, StudentT.Critical95(degreesOfFreedom), 0.0002);

    [Fact]
    public void Zero_degrees_of_freedom_is_an_error() => Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Critical95(0));
}
