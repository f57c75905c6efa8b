using Yardstick.Core.Classes;

namespace Yardstick.Core.Tests.Classes;

public sealed class SizeClassRuleTests
{
    [Theory]
    [InlineData(3.93, SizeClass.Tiny)]   // Nanbeige4.1-3B
    [InlineData(4.0, SizeClass.Tiny)]    // Qwen3 4B, Qwen3.5-4B: ≤ 4B is Tiny
    [InlineData(4.44, SizeClass.Small)]  // Qwen3 VL 4B
    [InlineData(4.51, SizeClass.Small)]  // Llama 3.1 Nemotron Nano 4B v1.1
    [InlineData(40.0, SizeClass.Small)]
    [InlineData(70.6, SizeClass.Medium)]
    [InlineData(150.0, SizeClass.Medium)]
    [InlineData(405.0, SizeClass.Large)]
    public void Classifies_by_total_parameters(double billions, SizeClass expected)
    {
        Assert.Equal(expected, SizeClassRule.Classify(billions));
    }
}
