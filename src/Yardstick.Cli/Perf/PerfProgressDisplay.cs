using System.Globalization;
using Spectre.Console;
using Yardstick.Measure.Load;

namespace Yardstick.Cli.Perf;

/// <summary>
/// Shows a perf run's progress: a bar with counts, failures, streams in flight and the last TTFT on a terminal; plain
/// lines on stderr (every 10 % and at the end) when the output is redirected, so that logs stay readable.
/// </summary>
internal static class PerfProgressDisplay
{
    public static async Task<T> RunAsync<T>(string title, int total, Func<IProgress<PerfProgress>, Task<T>> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
            return await work(new PlainProgress(title));
        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), autoStart: true, maxValue: Math.Max(1, total));
                result = await work(new Progress(report =>
                {
                    task.MaxValue = Math.Max(1, report.Total);
                    task.Value = report.Completed;
                    task.Description = Markup.Escape($"{title}  {Describe(report)}");
                }));
                task.StopTask();
            });
        return result;
    }

    internal static string Describe(PerfProgress report)
    {
        var ttft = report.LastTtftSeconds is { } seconds ? string.Create(CultureInfo.InvariantCulture, $"  last TTFT {seconds * 1000:0.0} ms") : "";
        return report.Warmup
            ? "warming up" + ttft
            : string.Create(CultureInfo.InvariantCulture, $"{report.Completed}/{report.Total}  failed {report.Failed}  in flight {report.InFlight}{ttft}");
    }

    private sealed class Progress(Action<PerfProgress> handler) : IProgress<PerfProgress>
    {
        public void Report(PerfProgress value) => handler(value);
    }

    private sealed class PlainProgress(string title) : IProgress<PerfProgress>
    {
        private readonly Lock _lock = new();
        private int _lastDecile = -1;
        private string? _lastRun;

        public void Report(PerfProgress value)
        {
            if (value.Warmup)
                return;
            var decile = value.Total == 0 ? 10 : value.Completed * 10 / value.Total;
            lock (_lock)
            {
                if (decile == _lastDecile && value.RunId == _lastRun)
                    return;
                _lastDecile = decile;
                _lastRun = value.RunId;
            }
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title} {value.RunId}: {Describe(value)}  elapsed {value.Elapsed:hh\\:mm\\:ss}"));
        }
    }
}
