using Spectre.Console;

namespace Yardstick.Cli.Hosting;

/// <summary>
/// Shows a long job's progress: a live bar on a terminal; plain lines on stderr (every 10 % and at the end) when the
/// output is redirected, so that logs stay readable. Subclasses say how to read and describe their progress reports.
/// </summary>
internal abstract class ProgressView<TReport>
{
    protected abstract int Completed(TReport report);

    protected abstract int Total(TReport report);

    protected abstract string Describe(TReport report);

    /// <summary>Reports that plain logs skip (e.g. warm-up requests).</summary>
    protected virtual bool IsQuiet(TReport report) => false;

    /// <summary>A key that restarts the 10 % steps of plain logs (e.g. each run of a sweep).</summary>
    protected virtual string? Phase(TReport report) => null;

    /// <summary>Extra text for plain log lines (ETA, elapsed).</summary>
    protected virtual string PlainSuffix(TReport report) => "";

    protected virtual ProgressColumn TimeColumn => new ElapsedTimeColumn();

    public async Task<T> RunAsync<T>(string title, int total, Func<IProgress<TReport>, Task<T>> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
            return await work(new PlainProgress(this, title));
        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), TimeColumn, new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), autoStart: true, maxValue: Math.Max(1, total));
                result = await work(new Handler(report =>
                {
                    task.MaxValue = Math.Max(1, Total(report));
                    task.Value = Completed(report);
                    task.Description = Markup.Escape($"{title}  {Describe(report)}");
                }));
                task.StopTask();
            });
        return result;
    }

    private sealed class Handler(Action<TReport> handler) : IProgress<TReport>
    {
        public void Report(TReport value) => handler(value);
    }

    private sealed class PlainProgress(ProgressView<TReport> view, string title) : IProgress<TReport>
    {
        private readonly Lock _lock = new();
        private int _lastDecile = -1;
        private string? _lastPhase;

        public void Report(TReport value)
        {
            if (view.IsQuiet(value))
                return;
            var total = view.Total(value);
            var decile = total == 0 ? 10 : view.Completed(value) * 10 / total;
            var phase = view.Phase(value);
            lock (_lock)
            {
                if (decile == _lastDecile && phase == _lastPhase)
                    return;
                _lastDecile = decile;
                _lastPhase = phase;
            }
            Console.Error.WriteLine($"{title}{(phase is null ? "" : " " + phase)}: {view.Describe(value)}{view.PlainSuffix(value)}");
        }
    }
}
