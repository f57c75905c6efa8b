using Yardstick.Evals.IfEval;

namespace Yardstick.Evals.Tests.IfEval;

public sealed class ComparisonRelationExtensionsTests
{
    [Theory]
    [InlineData(ComparisonRelation.LessThan, 2, 3, true)]
    [InlineData(ComparisonRelation.LessThan, 3, 3, false)]
    [InlineData(ComparisonRelation.AtLeast, 3, 3, true)]
    [InlineData(ComparisonRelation.AtLeast, 2, 3, false)]
    public void Holds_compares_strictly_below_or_at_least(ComparisonRelation relation, int actual, int threshold, bool expected)
    {
        Assert.Equal(expected, relation.Holds(actual, threshold));
    }
}
