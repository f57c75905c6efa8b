using System.Diagnostics;
using Yardstick.Core.Runs;
using Yardstick.Scheduling.Running;

namespace Yardstick.Bench.Scheduling;

/// <summary>A step that does <paramref name="work"/> of waiting and reports when each step started and ended (Stopwatch ticks).</summary>
internal sealed class TimingStepRunner(TimeSpan work) : IStepRunner
{
    private TaskCompletionSource<(long Started, long Ended)> _next = New();

    /// <summary>Completes when the next step has run, with its start and end.</summary>
    public Task<(long Started, long Ended)> NextStep => Volatile.Read(ref _next).Task;

    public async Task<RunStatus> RunStepAsync(StepRun run, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        if (work > TimeSpan.Zero)
            await Task.Delay(work, cancellationToken);
        var ended = Stopwatch.GetTimestamp();
        Interlocked.Exchange(ref _next, New()).SetResult((started, ended));
        return RunStatus.Completed;
    }

    private static TaskCompletionSource<(long, long)> New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
