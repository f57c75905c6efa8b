using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Yardstick.Core.Runs;
using Yardstick.Scheduling.Plans;

namespace Yardstick.Scheduling.Running;

/// <summary>
/// Executes one fire of a schedule: each step under its deterministic run id, skipping runs that completed already
/// (a fire taken over from a dead worker), resuming runs that exist but did not finish, and retrying with back-off
/// when the database or the endpoint cannot be reached: the runs resume from their stored samples, so a retry never
/// stores a sample twice.
/// </summary>
public sealed partial class SuiteExecutor(IRunStore runs, IStepRunner steps, WorkerIdentity worker, ILogger logger, ResiliencePipeline? retry = null)
{
    /// <summary>Six attempts over about a minute and a half (1, 2, 4, 8, 16 s, jittered; capped at 30 s).</summary>
    public static ResiliencePipeline DefaultRetry { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException and not ArgumentException and not RunLeaseLostException),
            MaxRetryAttempts = 5,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(30),
            UseJitter = true,
        })
        .Build();

    private readonly ResiliencePipeline _retry = retry ?? DefaultRetry;

    /// <summary>Raised with the run id when a step starts and with null when it ends (the worker's heartbeat reports it).</summary>
    public event Action<string?>? CurrentRunChanged;

    public async Task<FireOutcome> ExecuteAsync(ScheduledWork work, DateTimeOffset scheduledFireUtc, CancellationToken cancellationToken = default)
    {
        var results = new List<(string, string)>();
        foreach (var step in work.Steps())
        {
            var runId = await RunIdAsync(work, step, scheduledFireUtc, cancellationToken);
            CurrentRunChanged?.Invoke(runId);
            try
            {
                var status = await _retry.ExecuteAsync(async token => await RunStepOnceAsync(work, step, runId, scheduledFireUtc, token), cancellationToken);
                results.Add((runId, status.ToString()));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Retries are spent: the next step still runs (one broken eval must not silence the perf probes).
                LogStepFailed(logger, e, work.Key, runId, e.Message);
                results.Add((runId, RunStatus.Failed.ToString()));
            }
            finally
            {
                CurrentRunChanged?.Invoke(null);
            }
        }
        return new FireOutcome(work.Key, scheduledFireUtc, results);
    }

    /// <summary>
    /// The fire's run id for the step; but when that run does not exist yet and an earlier fire of the same work left this
    /// step's run unfinished and unheld (its worker died, or handed it back), that run: it is resumed, not lost. This does
    /// not rest on Quartz handing a recovered fire its original time back exactly (a fire that misfired under load and
    /// was then recovered came back with another time).
    /// </summary>
    private async Task<string> RunIdAsync(ScheduledWork work, WorkStep step, DateTimeOffset scheduledFireUtc, CancellationToken cancellationToken)
    {
        var runId = FireRunIds.For(work, scheduledFireUtc, step);
        if (await runs.GetRunAsync(runId, cancellationToken) is not null)
            return runId;
        var kind = step.IsProbe ? RunKind.Probe : step.IsPerf ? RunKind.Perf : RunKind.Eval;
        var since = scheduledFireUtc - OrphanWindow;
        var now = DateTimeOffset.UtcNow;
        var unfinished = new List<RunRecord>();
        foreach (var status in (RunStatus[])[RunStatus.Running, RunStatus.Interrupted])
            unfinished.AddRange(await runs.ListRunsAsync(new RunQuery(Kind: kind, Status: status, Since: since, Suite: work.Suite.Name), cancellationToken));
        var orphan = unfinished
            .Where(r => r.LeaseOwner is null || r.LeaseExpiresUtc is not { } until || until <= now)
            .Where(r => FireRunIds.IsRunOf(r.Id, work, step) && FireRunIds.FireUtcOf(r.Id) < scheduledFireUtc)
            .OrderByDescending(r => r.StartedUtc)
            .FirstOrDefault();
        if (orphan is null)
            return runId;
        LogOrphanResumed(logger, work.Key, orphan.Id, runId);
        return orphan.Id;
    }

    /// <summary>How far back an unfinished run of the same work is looked for (and resumed) before a fire starts a new one.</summary>
    public static TimeSpan OrphanWindow { get; } = TimeSpan.FromDays(1);

    private async Task<RunStatus> RunStepOnceAsync(ScheduledWork work, WorkStep step, string runId, DateTimeOffset scheduledFireUtc, CancellationToken cancellationToken)
    {
        var waitedSince = DateTimeOffset.UtcNow;
        while (true)
        {
            var existing = await runs.GetRunAsync(runId, cancellationToken);
            if (existing?.Status is RunStatus.Completed or RunStatus.Failed)
            {
                LogStepAlreadyDone(logger, work.Key, runId, existing.Status);
                return existing.Status;
            }
            // A run whose holder died keeps its lease until it expires: wait for that (the takeover time), then resume it.
            // A holder that keeps renewing is alive (a duplicate fire): after a few lease times, leave the run to it.
            var heldUntil = existing?.LeaseOwner is not null ? existing.LeaseExpiresUtc : null;
            if (heldUntil is { } until && until > DateTimeOffset.UtcNow)
            {
                if (DateTimeOffset.UtcNow - waitedSince > LeaseWaitLimit)
                {
                    LogLeftToHolder(logger, work.Key, runId, existing!.LeaseOwner!);
                    return existing.Status;
                }
                LogWaitingForLease(logger, work.Key, runId, existing!.LeaseOwner!, until);
                await Task.Delay(until - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500), cancellationToken);
                continue;
            }
            LogStepStarting(logger, work.Key, runId, step.Name, existing is null ? "new" : "resumed", worker.Name);
            try
            {
                var status = await steps.RunStepAsync(new StepRun
                {
                    Work = work, Step = step, RunId = runId, Resume = existing is not null, Worker = worker, ScheduledFireUtc = FireRunIds.FireUtcOf(runId) ?? scheduledFireUtc,
                }, cancellationToken);
                LogStepFinished(logger, work.Key, runId, status);
                return status;
            }
            catch (RunLeaseLostException)
            {
                // Another worker took the lease between our read and our start (or took the run over): look again.
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    /// <summary>How long a worker waits for another holder's lease before leaving the run to it (three default lease times).</summary>
    public static TimeSpan LeaseWaitLimit { get; } = RunLease.DefaultTtl * 3;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{WorkKey}: run {RunId} of an earlier fire was left unfinished; resuming it instead of starting {NewRunId}")]
    private static partial void LogOrphanResumed(ILogger logger, string workKey, string runId, string newRunId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{WorkKey}: run {RunId} is leased by {Owner} until {Until:O}; waiting for it to finish or expire")]
    private static partial void LogWaitingForLease(ILogger logger, string workKey, string runId, string owner, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{WorkKey}: run {RunId} is still being executed by {Owner}; left to it")]
    private static partial void LogLeftToHolder(ILogger logger, string workKey, string runId, string owner);

    [LoggerMessage(Level = LogLevel.Information, Message = "{WorkKey}: run {RunId} ({Step}, {How}) on worker {Worker}")]
    private static partial void LogStepStarting(ILogger logger, string workKey, string runId, string step, string how, string worker);

    [LoggerMessage(Level = LogLevel.Information, Message = "{WorkKey}: run {RunId} {Status}")]
    private static partial void LogStepFinished(ILogger logger, string workKey, string runId, RunStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "{WorkKey}: run {RunId} is {Status} already; not run again")]
    private static partial void LogStepAlreadyDone(ILogger logger, string workKey, string runId, RunStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "{WorkKey}: run {RunId} failed after retries: {Reason}")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, string workKey, string runId, string reason);
}
