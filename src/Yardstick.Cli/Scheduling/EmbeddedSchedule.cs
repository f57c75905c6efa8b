using Microsoft.Extensions.Logging;
using Yardstick.Cli.Hosting;
using Yardstick.Core.Pricing;
using Yardstick.Scheduling;
using Yardstick.Scheduling.Plans;
using Yardstick.Scheduling.Running;

namespace Yardstick.Cli.Scheduling;

/// <summary>
/// `yardstick up`'s in-process scheduler (Quartz in memory): the applied plan when this database has one, else a
/// built-in probe of the tiny model — 10 requests of 100-token prompts, 128-token answers, every 3 h, first 3 h after
/// start (up has just measured it) — so the embedded default keeps measuring while the site is up.
/// </summary>
internal sealed class EmbeddedSchedule : IAsyncDisposable
{
    public static readonly TimeSpan TinyProbeInterval = TimeSpan.FromHours(3);

    private readonly YardstickScheduler _scheduler;
    private readonly ScheduledStepRunner _steps;
    private readonly ILoggerFactory _logs;

    private EmbeddedSchedule(YardstickScheduler scheduler, ScheduledStepRunner steps, ILoggerFactory logs) => (_scheduler, _steps, _logs) = (scheduler, steps, logs);

    public string Description { get; private init; } = "";

    public static async Task<EmbeddedSchedule> StartAsync(StorageSession storage, DataSettings settings, string tinyModelPath, string tinySlug,
        HardwareRate machine, CancellationToken cancellationToken)
    {
        var logs = SchedulingContext.Logs(storage, LogLevel.Warning);
        var (scheduler, steps) = await SchedulingContext.CreateSchedulerAsync(storage, settings, new WorkerIdentity(WorkerIdentity.DefaultName()), null, logs,
            null, cancellationToken);
        var applied = await storage.Scheduling.GetPlanAsync(cancellationToken) is { } text
            ? PlanLoader.Load("(applied plan)", text, await SchedulingContext.ReferencesAsync(storage, cancellationToken)).Plan
            : null;
        var plan = applied ?? TinyProbe(tinyModelPath, tinySlug, machine);
        await scheduler.ApplyAsync(plan, null, applied is null ? DateTimeOffset.UtcNow + TinyProbeInterval : null, cancellationToken);
        await scheduler.StartAsync(cancellationToken);
        return new EmbeddedSchedule(scheduler, steps, logs)
        {
            Description = applied is null
                ? $"tiny-model probe every {SuiteSchedule.Format(TinyProbeInterval)} (10 requests, 100-token prompts)"
                : $"the applied plan ({plan.Work().Count} schedule(s))",
        };
    }

    // The machine's rate rides along, so that the scheduled probes keep the tiny model's measured self-hosting cost current.
    private static Plan TinyProbe(string path, string slug, HardwareRate machine) => new()
    {
        Endpoints =
        [
            new PlanEndpoint { Name = "tiny", ApiStyle = PlanApiStyles.Gguf, GgufPath = path, Model = slug, ModelSlug = slug, Hardware = PlanHardware.From(machine) },
        ],
        Suites =
        [
            new PlanSuite
            {
                Name = "tiny-speed", Endpoints = ["tiny"], Schedule = SuiteSchedule.Interval(TinyProbeInterval),
                Perf = new PerfPlan { PromptTokens = [100], Concurrency = [1], Requests = 10, MaxTokens = 128 },
            },
        ],
    };

    public async ValueTask DisposeAsync()
    {
        await _scheduler.StopAsync(TimeSpan.FromSeconds(10));
        await _scheduler.DisposeAsync();
        await _steps.DisposeAsync();
        _logs.Dispose();
    }
}
