using Yardstick.Catalog.Loading;

namespace Yardstick.Scheduling.Plans;

/// <summary>A plan file read and checked: the plan when it has no errors, and every error found (file, line, field, reason).</summary>
public sealed record PlanLoadResult(Plan? Plan, IReadOnlyList<CatalogError> Errors)
{
    public bool IsValid => Plan is not null && Errors.Count == 0;
}
