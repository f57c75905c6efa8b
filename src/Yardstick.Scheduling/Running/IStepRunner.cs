using Yardstick.Core.Runs;

namespace Yardstick.Scheduling.Running;

/// <summary>
/// Executes one scheduled run through the perf or eval engine (composed by the CLI, so this project stays on Core):
/// creates or resumes the run <see cref="StepRun.RunId"/>, stores its samples and completes it.
/// </summary>
public interface IStepRunner
{
    /// <summary>Runs the step; returns the run's final status. Throws when the run could not be stored (the caller retries).</summary>
    Task<RunStatus> RunStepAsync(StepRun run, CancellationToken cancellationToken = default);
}
