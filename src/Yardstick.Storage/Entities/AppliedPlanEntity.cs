namespace Yardstick.Storage.Entities;

/// <summary>The applied plan file (one row, id 1): workers with an in-memory schedule load it when they start.</summary>
public sealed class AppliedPlanEntity
{
    public int Id { get; set; }
    public required string PlanText { get; set; }
    public DateTimeOffset AppliedUtc { get; set; }
}
