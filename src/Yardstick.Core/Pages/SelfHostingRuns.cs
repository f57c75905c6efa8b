using Yardstick.Core.Catalog;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Pages;

/// <summary>
/// Which perf runs a model's measured self-hosting cost rests on: the newest completed perf run that has a hardware rate
/// (its own configuration's, else its catalog endpoint's) sets the endpoint, workload and rate; every run sharing
/// all three is a load level, the newest run per level counts.
/// </summary>
public sealed record SelfHostingRuns(HardwareRate Hardware, IReadOnlyList<PerfMeasurement> Runs)
{
    public static SelfHostingRuns? Select(ModelCard model, ModelMeasurements measured)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(measured);
        var withHardware = measured.Perf
            .Select(p => (Perf: p, Hardware: RunHardware.Read(p.Run) ?? model.Endpoints.FirstOrDefault(e => e.Id == p.Run.EndpointId)?.Hardware))
            .Where(x => x.Hardware is not null)
            .ToList();
        if (withHardware.Count == 0)
            return null;
        // measured.Perf is newest first.
        var (newest, hardware) = withHardware[0];
        var runs = withHardware
            .Where(x => Route(x.Perf) == Route(newest) && x.Perf.Run.Task == newest.Run.Task && RunHardware.Key(x.Hardware!) == RunHardware.Key(hardware!))
            .GroupBy(x => RunHardware.LoadOf(x.Perf.Run))
            .Select(g => g.First().Perf)
            .ToList();
        return new SelfHostingRuns(hardware!, runs);
    }

    /// <summary>The cost from the runs' samples (<paramref name="samplesOf"/>: run id → its samples).</summary>
    public SelfHostingCost Cost(Func<string, IReadOnlyList<SampleRecord>> samplesOf)
    {
        ArgumentNullException.ThrowIfNull(samplesOf);
        return CostFromThroughput(id => LoadThroughput.Of(id, samplesOf(id)));
    }

    /// <summary>The cost from the runs' precomputed figures (one read for all of them: throughput is a whole-run figure).</summary>
    public async Task<SelfHostingCost> CostAsync(IRunFiguresStore figures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var byRun = await figures.GetFiguresAsync(Runs.Select(p => p.Run.Id).ToList(), cancellationToken);
        return CostFromThroughput(id => byRun[id].Throughput);
    }

    /// <summary>
    /// The cost from each run's throughput as computed from its samples (<paramref name="throughputOf"/>: run id → its
    /// <see cref="LoadThroughput.Of"/>, e.g. precomputed in <see cref="Runs.RunFigures"/>); the goodput comes from the run's summary.
    /// </summary>
    public SelfHostingCost CostFromThroughput(Func<string, LoadThroughput> throughputOf)
    {
        ArgumentNullException.ThrowIfNull(throughputOf);
        return SelfHostingCostCalculator.From(Hardware, Runs.Select(p => Throughput(p, throughputOf(p.Run.Id))));
    }

    /// <summary>The run's throughput with its goodput; its load from the samples, else from its configuration.</summary>
    private static LoadThroughput Throughput(PerfMeasurement perf, LoadThroughput fromSamples)
    {
        var throughput = fromSamples with { GoodputFraction = perf.Summary.Goodput?.Fraction };
        return throughput.Load is null ? throughput with { Load = RunHardware.LoadOf(perf.Run) } : throughput;
    }

    private static string Route(PerfMeasurement p) => p.Run.EndpointId ?? $"{p.Run.BaseUrl}|{p.Run.ModelId}";
}
