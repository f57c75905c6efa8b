namespace Yardstick.Evals.IfEval;

/// <summary>IFEval's two relations for counted instructions: <c>"less than"</c> and <c>"at least"</c>.</summary>
public enum ComparisonRelation
{
    LessThan,
    AtLeast,
}
