namespace Yardstick.Core.Runs;

/// <summary>How a run that ran to its end is stored: <see cref="RunStatus.Completed"/>, or <see cref="RunStatus.Failed"/> with the reason.</summary>
public sealed record RunOutcome(RunStatus Status, string? FailureReason)
{
    /// <summary>True when the run is stored as failed (and the command exits 1).</summary>
    public bool Failed => Status == RunStatus.Failed;
}
