using System.Globalization;
using Spectre.Console;
using Yardstick.Evals.Running;

namespace Yardstick.Cli.Evals;

/// <summary>
/// Shows an eval's progress: a bar with percentage, ETA and running counts on a terminal; plain lines on stderr
/// (every 10 % and at the end) when the output is redirected, so that logs stay readable.
/// </summary>
internal static class EvalProgressDisplay
{
    public static async Task<T> RunAsync<T>(string title, Func<IProgress<EvalProgress>, Task<T>> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
            return await work(new PlainProgress(title));
        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), autoStart: true, maxValue: 1);
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

    internal static string Describe(EvalProgress report)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{report.Completed}/{report.Total}  correct {report.Correct}  no answer {report.NoAnswer}  failed {report.Failed}");
        if (report.FromCache > 0)
            text += string.Create(CultureInfo.InvariantCulture, $"  cached {report.FromCache}");
        if (report.Resumed > 0)
            text += string.Create(CultureInfo.InvariantCulture, $"  resumed {report.Resumed}");
        return text + string.Create(CultureInfo.InvariantCulture, $"  out {report.OutputTokens:N0} tok");
    }

    private sealed class Progress(Action<EvalProgress> handler) : IProgress<EvalProgress>
    {
        public void Report(EvalProgress value) => handler(value);
    }

    private sealed class PlainProgress(string title) : IProgress<EvalProgress>
    {
        private readonly Lock _lock = new();
        private int _lastDecile = -1;

        public void Report(EvalProgress value)
        {
            var decile = value.Total == 0 ? 10 : value.Completed * 10 / value.Total;
            lock (_lock)
            {
                if (decile == _lastDecile)
                    return;
                _lastDecile = decile;
            }
            var eta = value.Eta is { } remaining ? $"  ETA {remaining:hh\\:mm\\:ss}" : "";
            Console.Error.WriteLine($"{title}: {Describe(value)}{eta}");
        }
    }
}
