using Yardstick.Core.Evals;

namespace Yardstick.Core.Pages;

/// <summary>
/// A model's profile over an index's categories (Index v2: knowledge &amp; reasoning, mathematics, code &amp; agents,
/// instruction following &amp; long context): per category, the mean of its measured evals' scores weighted by their
/// index weights — the same within-category weighting the index's estimation rule uses — from the latest completed run
/// of each eval. Empty for a definition without categories (v1).
/// </summary>
public static class CategoryProfile
{
    public static IReadOnlyList<CategoryScore> Of(IndexDefinition definition, IReadOnlyList<EvalMeasurement> latestEvals)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(latestEvals);
        var byEval = latestEvals.Where(e => e.Summary.N > 0 && !double.IsNaN(e.Summary.Score))
            .ToDictionary(e => e.Summary.Eval, StringComparer.OrdinalIgnoreCase);
        return definition.Categories.Select(category =>
        {
            var members = definition.Components.Where(c => c.Category == category.Name).ToList();
            var measured = members.Where(c => byEval.ContainsKey(c.Eval)).ToList();
            var weight = measured.Sum(c => c.Weight);
            double? score = measured.Count == 0 || weight <= 0 ? null : 100 * measured.Sum(c => c.Weight * byEval[c.Eval].Summary.Score) / weight;
            return new CategoryScore(category.Name, category.Weight, score, [.. measured.Select(c => c.Eval)],
                [.. members.Where(c => !byEval.ContainsKey(c.Eval)).Select(c => c.Eval)], [.. measured.Select(c => byEval[c.Eval].Run.Id)]);
        }).ToList();
    }
}
