using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Tests.Extraction;

public sealed class BalancedBracesTests
{
    [Fact]
    public void Reads_nested_groups()
    {
        var found = BalancedBraces.FindAll("a \\boxed{\\frac{1}{2}} b \\boxed {3}", "\\boxed").ToList();

        Assert.Equal([(2, "\\frac{1}{2}"), (24, "3")], found);
    }

    [Fact]
    public void Unwraps_a_command_keeping_its_content()
    {
        Assert.Equal("10 inches", BalancedBraces.Unwrap("10 \\text{inches}", "\\text"));
        Assert.Equal("\\text{open", BalancedBraces.Unwrap("\\text{open", "\\text"));
    }
}
