using Yardstick.Core.Evals;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Pages;

/// <summary>
/// What Yardstick has measured for one model: its completed perf, eval and probe runs (newest first), the latest of
/// each, and any completed run whose summary could not be read.
/// </summary>
public sealed record ModelMeasurements(
    IReadOnlyList<PerfMeasurement> Perf,
    IReadOnlyList<EvalMeasurement> Evals,
    IReadOnlyList<UnreadableRun> Unreadable)
{
    public static ModelMeasurements None { get; } = new([], [], []);

    /// <summary>Completed probe runs, newest first.</summary>
    public IReadOnlyList<ProbeMeasurement> Probes { get; init; } = [];

    /// <summary>The capability matrix of <paramref name="model"/> from <see cref="Probes"/>.</summary>
    public CapabilityMatrix Matrix(Catalog.ModelCard model) => CapabilityMatrix.Of(model, Probes);

    /// <summary>The newest completed perf run: the figures a page shows as the model's speed.</summary>
    public PerfMeasurement? LatestPerf => Perf.Count > 0 ? Perf[0] : null;

    /// <summary>The newest completed run of each eval, ordered by eval id.</summary>
    public IReadOnlyList<EvalMeasurement> LatestEvals =>
        Evals.GroupBy(e => e.Summary.Eval, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .OrderBy(e => e.Summary.Eval, StringComparer.OrdinalIgnoreCase)
            .ToList();

    public EvalMeasurement? LatestEval(string evalId) =>
        Evals.FirstOrDefault(e => string.Equals(e.Summary.Eval, evalId, StringComparison.OrdinalIgnoreCase));

    public bool IsEmpty => Perf.Count == 0 && Evals.Count == 0;

    /// <summary>The speed headline over <paramref name="window"/> ending at <paramref name="now"/> (see <see cref="SpeedHeadline"/>).</summary>
    public SpeedHeadline? Headline(TimeSpan window, DateTimeOffset now) => SpeedHeadline.Of(Perf, window, now);

    /// <summary>Median output tokens/s of the latest perf run; null when not measured.</summary>
    public double? MedianOutputTokensPerSecond => Median(LatestPerf?.Summary.OutputTokensPerSecond);

    /// <summary>Median time to first token of the latest perf run; null when not measured.</summary>
    public double? MedianTtftSeconds => Median(LatestPerf?.Summary.TtftSeconds);

    /// <summary>The model's index under <paramref name="definition"/>, from the latest run of each eval (each component names its run).</summary>
    public IndexResult Index(IndexDefinition definition) =>
        IndexCalculator.Compute(definition, LatestEvals.Select(e => e.Summary with { RunId = e.Summary.RunId ?? e.Run.Id }));

    private static double? Median(DistributionSummary? d) => d is { N: > 0 } && !double.IsNaN(d.P50) ? d.P50 : null;

    /// <summary>Reads the completed perf and eval runs among <paramref name="runs"/> (any order; other statuses are ignored).</summary>
    public static ModelMeasurements From(IEnumerable<RunRecord> runs)
    {
        var perf = new List<PerfMeasurement>();
        var evals = new List<EvalMeasurement>();
        var unreadable = new List<UnreadableRun>();
        var probes = new List<ProbeMeasurement>();
        foreach (var run in runs.Where(r => r.Status == RunStatus.Completed).OrderByDescending(r => r.StartedUtc).ThenByDescending(r => r.Id, StringComparer.Ordinal))
        {
            string? error;
            switch (run.Kind)
            {
                case RunKind.Perf:
                    if (RunSummaryReader.ReadPerf(run, out error) is { } p)
                        perf.Add(new PerfMeasurement(run, p));
                    else
                        unreadable.Add(new UnreadableRun(run, error!));
                    break;
                case RunKind.Eval:
                    if (RunSummaryReader.ReadEval(run, out error) is { } e)
                        evals.Add(new EvalMeasurement(run, e));
                    else
                        unreadable.Add(new UnreadableRun(run, error!));
                    break;
                case RunKind.Probe:
                    if (RunSummaryReader.ReadProbe(run, out error) is { } pr)
                        probes.Add(new ProbeMeasurement(run, pr));
                    else
                        unreadable.Add(new UnreadableRun(run, error!));
                    break;
                default:
                    break;
            }
        }
        return new ModelMeasurements(perf, evals, unreadable) { Probes = probes };
    }
}
