using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Quartz;
using Yardstick.Scheduling.Plans;

namespace Yardstick.Scheduling.Quartz;

/// <summary>
/// A plan's work as Quartz jobs and triggers: one durable-recovering job per (suite, endpoint, location) named by its key,
/// carrying the work as JSON (string job data only, as Quartz advises for persistent stores), with a trigger that
/// fires it on the suite's schedule and, for a pinned location, an execution group only that location's workers serve.
/// </summary>
internal static class WorkJobs
{
    public const string Group = "yardstick";
    public const string WorkKey = "yardstick.work";
    /// <summary>On a one-shot trigger: the scheduled fire a hand-back or a "run now" stands for (its run ids derive from it).</summary>
    public const string FireUtcKey = "yardstick.fire_utc";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static JobKey JobKeyOf(string workKey) => new(workKey, Group);

    public static TriggerKey TriggerKeyOf(string workKey) => new(workKey, Group);

    public static string? ExecutionGroupOf(string? location) => location is null ? null : $"location-{location}";

    public static string Serialize(ScheduledWork work) => JsonSerializer.Serialize(work, Json);

    public static ScheduledWork Deserialize(string json) =>
        JsonSerializer.Deserialize<ScheduledWork>(json, Json) ?? throw new InvalidOperationException("Empty work in job data.");

    /// <summary>A hash of the work and its schedule: equal hashes mean the job already matches the plan.</summary>
    public static string DefinitionHash(ScheduledWork work) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(work))))[..16];

    public static IJobDetail Job(ScheduledWork work) => JobBuilder.Create<SuiteJob>()
        .WithIdentity(JobKeyOf(work.Key))
        .WithDescription(DefinitionHash(work))
        .UsingJobData(WorkKey, Serialize(work))
        // A fire a dead worker held is fired again on a live one (Quartz cluster recovery); its runs resume from their samples.
        .RequestRecovery(true)
        // One fire of a (suite, endpoint, location) at a time across the cluster: a slow suite never overlaps itself.
        .DisallowConcurrentExecution(true)
        .StoreDurably(true)
        .Build();

    public static ITrigger Trigger(ScheduledWork work, DateTimeOffset firstFireUtc)
    {
        var builder = TriggerBuilder.Create()
            .WithIdentity(TriggerKeyOf(work.Key))
            .ForJob(JobKeyOf(work.Key))
            .WithExecutionGroup(ExecutionGroupOf(work.Location))
            .StartAt(firstFireUtc);
        var schedule = work.Suite.Schedule;
        // A missed fire (cluster down, every worker busy) runs once as soon as it can: nothing is skipped silently.
        IScheduleBuilder scheduleBuilder = schedule.Cron is { } cron
            ? CronScheduleBuilder.Create(cron).InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)
            : SimpleScheduleBuilder.Create().WithInterval(schedule.Every!.Value).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithRemainingCount);
        return builder.WithSchedule(scheduleBuilder).Build();
    }

    /// <summary>A one-shot trigger for <paramref name="workKey"/> that stands for the fire scheduled at <paramref name="fireUtc"/>.</summary>
    public static ITrigger OneShot(string workKey, string? location, DateTimeOffset fireUtc, string purpose) => TriggerBuilder.Create()
        .WithIdentity($"{workKey}#{purpose}-{fireUtc.UtcTicks.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}", Group)
        .ForJob(JobKeyOf(workKey))
        .WithExecutionGroup(ExecutionGroupOf(location))
        .UsingJobData(FireUtcKey, fireUtc.UtcTicks.ToString(CultureInfo.InvariantCulture))
        .StartNow()
        .Build();

    /// <summary>
    /// The scheduled fire this execution stands for: the one-shot trigger's, the original trigger's when Quartz recovers
    /// a dead node's fire, else this trigger's scheduled time. Run ids derive from it, so a recovered fire finds its runs.
    /// </summary>
    public static DateTimeOffset FireUtcOf(IJobExecutionContext context)
    {
        var data = context.MergedJobDataMap;
        if (data.TryGetString(FireUtcKey, out var ticks) && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            return new DateTimeOffset(t, TimeSpan.Zero);
        if (context.Recovering && data.TryGetValue(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var original)
            && ParseFireTime(Convert.ToString(original, CultureInfo.InvariantCulture)) is { } originalUtc)
            return originalUtc;
        return context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
    }

    /// <summary>Quartz writes the original fire time "as string": Unix milliseconds, ticks, or a date text, by version and store.</summary>
    internal static DateTimeOffset? ParseFireTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return number < 100_000_000_000_000L ? DateTimeOffset.FromUnixTimeMilliseconds(number) : new DateTimeOffset(number, TimeSpan.Zero);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.ToUniversalTime() : null;
    }
}
