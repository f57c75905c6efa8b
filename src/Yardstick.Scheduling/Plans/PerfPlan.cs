namespace Yardstick.Scheduling.Plans;

/// <summary>A perf sweep: one run per (prompt length, concurrency), each of <see cref="Requests"/> measured requests.</summary>
public sealed record PerfPlan
{
    public required IReadOnlyList<int> PromptTokens { get; init; }
    public required IReadOnlyList<int> Concurrency { get; init; }
    public int Requests { get; init; } = 20;
    public int MaxTokens { get; init; } = 500;
}
