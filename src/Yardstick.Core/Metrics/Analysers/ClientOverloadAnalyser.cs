using Yardstick.Core.Statistics;

namespace Yardstick.Core.Metrics.Analysers;

/// <summary>
/// Warns when the measuring client itself may have distorted the run, from what each sample recorded about the client
/// (<see cref="SampleDetails"/>): (1) its CPU was near saturation (median <c>client_cpu_share</c> ≥ <see cref="CpuShareLimit"/>),
/// so its own queueing competes with reading; (2) in more than 5 % of requests a read lagged the kernel's arrival by
/// more than the median gap between events (<c>read_lag_max_s</c>): past one gap, TCP merges waiting events and the
/// earlier ones take the later arrival time (kernel timestamps stay right below that); (3) the p95 time from issuing a request to writing it
/// (<c>send_lag_s</c>) passed <see cref="SendLagLimitSeconds"/>: TTFT does not include it, but the load offered to the
/// server was lower and later than asked.
/// </summary>
public sealed class ClientOverloadAnalyser(double cpuShareLimit = 0.9, double sendLagLimitSeconds = 0.01) : IPerfAnalyser
{
    private const double LaggingFraction = 0.05;

    public static ClientOverloadAnalyser Default { get; } = new();

    public double CpuShareLimit { get; } = cpuShareLimit;

    public double SendLagLimitSeconds { get; } = sendLagLimitSeconds;

    public IEnumerable<string> Analyse(PerfAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cpu = Values(context, SampleDetails.ClientCpuShare);
        if (cpu.Count > 0 && Percentiles.Of(cpu, 50) is var share && share >= CpuShareLimit)
            yield return $"The measuring client's CPU was {share:P0} busy (median over {cpu.Count} requests): its own queueing can delay reads and requests; measure with fewer streams or from a bigger machine.";

        var gap = context.Summary.InterTokenLatencySeconds.P50;
        var lags = Values(context, SampleDetails.ReadLagMaxSeconds);
        if (lags.Count > 0 && gap > 0)
        {
            var lagging = lags.Count(l => l > gap);
            if (lagging > LaggingFraction * lags.Count)
                yield return $"The client read events late in {lagging} of {lags.Count} requests (by up to {lags.Max() * 1000:0.#} ms, more than the median gap between events, {gap * 1000:0.#} ms): waiting events may have merged and taken a later arrival time.";
        }

        var sendLags = Values(context, SampleDetails.SendLagSeconds);
        if (sendLags.Count > 0 && Percentiles.Of(sendLags, 95) is var p95 && p95 > SendLagLimitSeconds)
            yield return $"Requests waited {p95 * 1000:0.#} ms (p95) in the client between being issued and being written (connecting, or the client's own queueing; --warmup at least --concurrency opens the connections first): TTFT leaves this out, but the server saw less load, later, than asked.";
    }

    private static List<double> Values(PerfAnalysisContext context, string key) =>
        context.Samples.Select(s => SampleDetails.Number(s, key)).OfType<double>().ToList();
}
