namespace Yardstick.Scheduling;

/// <summary>What <c>plan apply</c> changed, by work key (<c>suite/endpoint[@location]</c>).</summary>
public sealed record PlanApplyResult(IReadOnlyList<string> Created, IReadOnlyList<string> Updated, IReadOnlyList<string> Removed, IReadOnlyList<string> Unchanged);
