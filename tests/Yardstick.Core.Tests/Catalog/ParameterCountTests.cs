using Yardstick.Core.Catalog;

namespace Yardstick.Core.Tests.Catalog;

public sealed class ParameterCountTests
{
    [Theory]
    [InlineData(405, "405B")]
    [InlineData(4.44, "4.44B")]
    [InlineData(1, "1B")]
    [InlineData(0.00099264, "992.64K")]
    [InlineData(0.5, "500M")]
    [InlineData(0.0000005, "0.5K")]
    public void Small_models_are_not_rounded_to_zero_billions(double billions, string expected)
    {
        Assert.Equal(expected, ParameterCount.Format(billions));
    }
}
