using System.Collections.Concurrent;
using Yardstick.Core.Runs;
using Yardstick.Scheduling.Running;

namespace Yardstick.Scheduling.Tests.Fakes;

/// <summary>A step runner that creates (or resumes) the run in the store, stores one sample and completes it; it can fail on demand.</summary>
internal sealed class RecordingStepRunner(IRunStore store) : IStepRunner
{
    public ConcurrentQueue<StepRun> Calls { get; } = new();

    /// <summary>Throws this many times before running (a database that comes back).</summary>
    public int FailuresBeforeSuccess { get; set; }

    /// <summary>When set, the step waits on it (a run in progress) and honours cancellation.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<RunStatus> RunStepAsync(StepRun run, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue(run);
        Entered.TrySetResult();
        if (FailuresBeforeSuccess > 0)
        {
            FailuresBeforeSuccess--;
            throw new TimeoutException("database unreachable");
        }
        if (!run.Resume)
        {
            await store.CreateRunAsync(new RunRecord
            {
                Id = run.RunId, Kind = run.Step.IsProbe ? RunKind.Probe : run.Step.IsPerf ? RunKind.Perf : RunKind.Eval, ApiStyle = run.Work.Endpoint.ApiStyle, BaseUrl = "http://x",
                ModelId = run.Work.Endpoint.Model, Task = run.Step.Name, ConfigurationJson = "{}", YardstickVersion = "test",
                StartedUtc = DateTimeOffset.UtcNow, Suite = run.Work.Suite.Name, Worker = run.Worker.Name, Location = run.Worker.Location,
            }, cancellationToken);
        }
        if (Gate is { } gate)
            await gate.Task.WaitAsync(cancellationToken);
        await store.AppendSamplesAsync([new SampleRecord { RunId = run.RunId, PromptId = "p0", RequestStartedUtc = DateTimeOffset.UtcNow }], cancellationToken);
        await store.CompleteRunAsync(run.RunId, RunStatus.Completed, null, cancellationToken);
        return RunStatus.Completed;
    }
}
