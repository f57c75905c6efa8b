namespace Yardstick.Evals.IfEval;

public static class ComparisonRelationExtensions
{
    /// <summary>Whether <paramref name="actual"/> satisfies the relation against <paramref name="threshold"/>.</summary>
    public static bool Holds(this ComparisonRelation relation, int actual, int threshold) =>
        relation == ComparisonRelation.LessThan ? actual < threshold : actual >= threshold;
}
