using System.Globalization;
using Yardstick.Cli.Hosting;
using Yardstick.Measure.Load;

namespace Yardstick.Cli.Perf;

/// <summary>A perf run's progress: counts, failures, streams in flight and the last TTFT; warm-up stays out of plain logs.</summary>
internal sealed class PerfProgressView : ProgressView<PerfProgress>
{
    public static PerfProgressView Default { get; } = new();

    protected override int Completed(PerfProgress report) => report.Completed;

    protected override int Total(PerfProgress report) => report.Total;

    protected override bool IsQuiet(PerfProgress report) => report.Warmup;

    protected override string Phase(PerfProgress report) => report.RunId;

    protected override string PlainSuffix(PerfProgress report) => $"  elapsed {report.Elapsed:hh\\:mm\\:ss}";

    protected override string Describe(PerfProgress report)
    {
        var ttft = report.LastTtftSeconds is { } seconds ? string.Create(CultureInfo.InvariantCulture, $"  last TTFT {seconds * 1000:0.0} ms") : "";
        return report.Warmup
            ? "warming up" + ttft
            : string.Create(CultureInfo.InvariantCulture, $"{report.Completed}/{report.Total}  failed {report.Failed}  in flight {report.InFlight}{ttft}");
    }
}
