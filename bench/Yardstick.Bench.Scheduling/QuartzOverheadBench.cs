using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Yardstick.Core.Runs;
using Yardstick.Core.Scheduling;
using Yardstick.Scheduling;
using Yardstick.Scheduling.Plans;
using Yardstick.Scheduling.Running;
using Yardstick.Storage;
using Yardstick.Storage.Runs;
using Yardstick.Storage.Scheduling;

namespace Yardstick.Bench.Scheduling;

/// <summary>
/// Quartz's own cost per fire, with a step that does no work: from `plan run`'s call (<see cref="YardstickScheduler.FireNowAsync"/>)
/// to the step starting (storing the trigger, Quartz acquiring and firing it, the job reading its work, the executor
/// reading the run), and from the step ending to the fire being recorded (Yardstick's schedules table). In memory (the
/// embedded default) and clustered on PostgreSQL (Quartz's ADO.NET job store with row locks). Fires run one at a time.
/// </summary>
internal static class QuartzOverheadBench
{
    private const int WarmupFires = 3;

    public static async Task RunAsync(BenchOptions options)
    {
        Console.WriteLine();
        Console.WriteLine("| job store | fires | fire → step start, median (p95) ms | step end → fire recorded, median (p95) ms | FireNowAsync call, median ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        await MeasureAsync("Quartz in memory (SQLite default)", null, new InMemoryRunStore(), new InMemorySchedulingStore(), options.Fires);
        var connection = await BenchDatabases.FreshPostgresAsync(options.Postgres, "quartz");
        await using (var database = YardstickDatabase.Open(connection))
        {
            await database.MigrateAsync();
            await MeasureAsync("Quartz clustered on PostgreSQL", connection, new EfRunStore(database), new EfSchedulingStore(database), options.Fires);
        }
        await BenchDatabases.DropAsync(options.Postgres, connection);
    }

    private static async Task MeasureAsync(string label, string? postgres, IRunStore runs, ISchedulingStore store, int fires)
    {
        var steps = new TimingStepRunner(TimeSpan.Zero);
        var settings = new SchedulerSettings { PostgresConnectionString = postgres, Worker = new WorkerIdentity("bench") };
        await using var scheduler = await YardstickScheduler.CreateAsync(settings, runs, store, steps, NullLoggerFactory.Instance);
        // Applied with the first fire far away: only the fires asked for run.
        await scheduler.ApplyAsync(Plan, null, DateTimeOffset.UtcNow.AddYears(10));
        await scheduler.StartAsync();
        List<double> toStart = [], toRecorded = [], call = [];
        for (var i = 0; i < fires + WarmupFires; i++)
        {
            var next = steps.NextStep;
            var fired = Stopwatch.GetTimestamp();
            await scheduler.FireNowAsync("bench");
            var returned = Stopwatch.GetTimestamp();
            var (started, ended) = await next.WaitAsync(TimeSpan.FromMinutes(1));
            // FiresCompleted counts a fire once it is recorded; polled at about 1 ms resolution.
            while (scheduler.FiresCompleted < i + 1)
                await Task.Delay(1);
            var recorded = Stopwatch.GetTimestamp();
            if (i < WarmupFires)
                continue;
            toStart.Add(Stopwatch.GetElapsedTime(fired, started).TotalMilliseconds);
            toRecorded.Add(Stopwatch.GetElapsedTime(ended, recorded).TotalMilliseconds);
            call.Add(Stopwatch.GetElapsedTime(fired, returned).TotalMilliseconds);
        }
        await scheduler.StopAsync(TimeSpan.FromSeconds(5));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {fires} | {Percentile(toStart, 50):0.00} ({Percentile(toStart, 95):0.00}) | {Percentile(toRecorded, 50):0.00} ({Percentile(toRecorded, 95):0.00}) | {Percentile(call, 50):0.00} |"));
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    // One suite on one endpoint, one step per fire; the endpoint is never called (the step runner does no work).
    private static readonly Plan Plan = new()
    {
        Endpoints = [new PlanEndpoint { Name = "e", ApiStyle = PlanApiStyles.OpenAiChat, BaseUrl = new Uri("http://127.0.0.1:9/v1"), Model = "m", ModelSlug = "yardstick-tiny" }],
        Suites =
        [
            new PlanSuite
            {
                Name = "bench", Endpoints = ["e"], Schedule = SuiteSchedule.Interval(TimeSpan.FromHours(1)),
                Perf = new PerfPlan { PromptTokens = [16], Concurrency = [1], Requests = 1, MaxTokens = 1 },
            },
        ],
    };
}
