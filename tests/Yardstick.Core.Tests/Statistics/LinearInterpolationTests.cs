using Yardstick.Core.Statistics;

namespace Yardstick.Core.Tests.Statistics;

public sealed class LinearInterpolationTests
{
    [Theory]
    [InlineData(8, 0.4, 16, 1.2, 0.8, 12)]       // half way up the line
    [InlineData(8, 0.4, 16, 1.2, 0.6, 10)]
    [InlineData(8, 0.4, 16, 1.2, 5.0, 16)]       // beyond the failing point: clamped to it
    [InlineData(8, 0.4, 16, 1.2, 0.1, 8)]        // below the passing point: clamped to it
    [InlineData(8, 0.5, 16, 0.5, 0.4, 8)]        // flat line: no slope to follow
    [InlineData(1, 0.2, 2, double.NaN, 0.4, 1)]  // nothing measured at the failing point
    public void X_where_the_line_reaches_the_value(double x0, double y0, double x1, double y1, double y, double expected) =>
        Assert.Equal(expected, LinearInterpolation.XAt(x0, y0, x1, y1, y), 1e-9);
}
