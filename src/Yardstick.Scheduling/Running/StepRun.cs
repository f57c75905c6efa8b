using Yardstick.Scheduling.Plans;

namespace Yardstick.Scheduling.Running;

/// <summary>
/// One run a fire asks for: which step of which work, under which run id (deterministic per fire and step, so a worker
/// that takes over a fire finds the run another worker started), and who runs it.
/// </summary>
public sealed record StepRun
{
    public required ScheduledWork Work { get; init; }
    public required WorkStep Step { get; init; }
    public required string RunId { get; init; }
    /// <summary>True when the run exists already (interrupted, or left by a worker that died): continue it from its samples.</summary>
    public bool Resume { get; init; }
    public required WorkerIdentity Worker { get; init; }
    /// <summary>The fire this run belongs to (also seeds its prompts: fresh per run, identical when the same run resumes).</summary>
    public required DateTimeOffset ScheduledFireUtc { get; init; }
}
