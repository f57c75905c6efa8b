using Yardstick.Core.Evals;

namespace Yardstick.Core.Tests.Evals;

public sealed class EvalProtocolTests
{
    [Theory]
    [InlineData(null, null, 0.0)]
    [InlineData(null, false, 0.0)]
    [InlineData(null, true, 0.6)]
    [InlineData(0.0, true, 0.0)]
    [InlineData(1.0, false, 1.0)]
    public void Temperature_follows_the_model_kind_unless_set(double? requested, bool? reasoning, double expected) =>
        Assert.Equal(expected, EvalProtocol.Temperature(requested, reasoning));
}
