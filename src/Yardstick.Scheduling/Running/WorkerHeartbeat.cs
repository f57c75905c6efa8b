using Microsoft.Extensions.Logging;
using Yardstick.Core.Scheduling;

namespace Yardstick.Scheduling.Running;

/// <summary>
/// Writes the worker's row every <see cref="Interval"/> (name, location, current run, fires done) so that the site and
/// `plan list` show which workers are alive. A failed write is logged and tried again at the next beat: a worker that
/// loses the database keeps running and reappears when it comes back.
/// </summary>
public sealed partial class WorkerHeartbeat(ISchedulingStore store, YardstickScheduler scheduler, ILogger logger, TimeSpan? interval = null)
{
    /// <summary>5 s; a worker is shown as gone after <see cref="AliveTimeout"/> without a beat.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    /// <summary>Three missed beats.</summary>
    public static readonly TimeSpan AliveTimeout = DefaultInterval * 3;

    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    public TimeSpan Interval { get; } = interval ?? DefaultInterval;

    /// <summary>Beats until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            await BeatAsync(stopped: false, cancellationToken);
        }
        while (await WaitAsync(timer, cancellationToken));
    }

    /// <summary>The last beat: marks the worker stopped (cleanly), so it is not mistaken for a dead one.</summary>
    public Task StoppedAsync() => BeatAsync(stopped: true, CancellationToken.None);

    private async Task BeatAsync(bool stopped, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        try
        {
            await store.HeartbeatAsync(new WorkerRecord
            {
                Name = scheduler.Settings.Worker.Name, Location = scheduler.Settings.Worker.Location, Host = Environment.MachineName,
                StartedUtc = _started, HeartbeatUtc = now, StoppedUtc = stopped ? now : null, CurrentRunId = stopped ? null : scheduler.CurrentRunId,
                FiresCompleted = scheduler.FiresCompleted,
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogBeatFailed(logger, e, scheduler.Settings.Worker.Name, e.Message);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Worker {Worker}: heartbeat not stored ({Reason}); trying again at the next beat")]
    private static partial void LogBeatFailed(ILogger logger, Exception exception, string worker, string reason);
}
