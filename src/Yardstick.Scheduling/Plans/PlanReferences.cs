namespace Yardstick.Scheduling.Plans;

/// <summary>What a plan's names must exist in: the catalog's model slugs (from the database) and the eval ids Yardstick knows.</summary>
public sealed record PlanReferences(IReadOnlySet<string> ModelSlugs, IReadOnlySet<string> EvalIds);
