using Yardstick.Core.Evals;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;

namespace Yardstick.Core.Pages;

/// <summary>
/// What Yardstick has measured for one model: its completed perf, eval and probe runs (newest first), the latest of
/// each, any completed run whose summary could not be read, and the runs not counted with the reason (<see cref="Skipped"/>).
/// </summary>
public sealed record ModelMeasurements(
    IReadOnlyList<PerfMeasurement> Perf,
    IReadOnlyList<EvalMeasurement> Evals,
    IReadOnlyList<UnreadableRun> Unreadable)
{
    public static ModelMeasurements None { get; } = new([], [], []);

    private readonly IReadOnlyList<PerfMeasurement> _perf = Perf;
    private readonly DateTimeOffset _asOf;
    // The speed is read many times per page (rows, charts, placements among peers); it is computed once per instance,
    // and a `with` that changes what it depends on forgets it.
    private ModelSpeed? _speed;
    private bool _speedKnown;

    /// <summary>Completed perf runs, newest first.</summary>
    public IReadOnlyList<PerfMeasurement> Perf
    {
        get => _perf;
        init { _perf = value; _speedKnown = false; }
    }

    /// <summary>The moment the figures are read at: the end of <see cref="SpeedRule"/>'s 72 h window.</summary>
    public DateTimeOffset AsOf
    {
        get => _asOf;
        init { _asOf = value; _speedKnown = false; }
    }

    /// <summary>The model's published speed under <see cref="SpeedRule"/> at <see cref="AsOf"/>; null when no perf run measured it.</summary>
    public ModelSpeed? Speed
    {
        get
        {
            if (!_speedKnown)
            {
                _speed = SpeedRule.Of(Perf, AsOf);
                _speedKnown = true;
            }
            return _speed;
        }
    }

    /// <summary>Perf and eval runs that are not counted (failed, interrupted, running, or completed with nothing succeeded), newest first.</summary>
    public IReadOnlyList<SkippedRun> Skipped { get; init; } = [];
    /// <summary>The measured cost of self-hosting this model (<see cref="SelfHostingRuns"/>), when perf runs carry a hardware rate.</summary>
    public SelfHostingCost? SelfHosting { get; init; }
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

    /// <summary>Median output tokens/s under <see cref="SpeedRule"/>; null when not measured.</summary>
    public double? MedianOutputTokensPerSecond => Speed?.OutputTokensPerSecond;

    /// <summary>Median time to first token under <see cref="SpeedRule"/>; null when not measured.</summary>
    public double? MedianTtftSeconds => Speed?.TtftSeconds;

    /// <summary>The model's index under <paramref name="definition"/>, from the latest run of each eval (each component names its run).</summary>
    public IndexResult Index(IndexDefinition definition) =>
        IndexCalculator.Compute(definition, LatestEvals.Select(e => e.Summary with { RunId = e.Summary.RunId ?? e.Run.Id }));

    /// <summary>
    /// Reads the completed perf, eval and probe runs among <paramref name="runs"/> (any order); the others, and completed runs in
    /// which nothing succeeded (stored before runs were judged), are listed in <see cref="Skipped"/> with the reason.
    /// <paramref name="asOf"/> (default: now) ends the speed rule's 72 h window.
    /// </summary>
    public static ModelMeasurements From(IEnumerable<RunRecord> runs, DateTimeOffset? asOf = null)
    {
        var perf = new List<PerfMeasurement>();
        var evals = new List<EvalMeasurement>();
        var unreadable = new List<UnreadableRun>();
        var skipped = new List<SkippedRun>();
        var probes = new List<ProbeMeasurement>();
        foreach (var run in runs.Where(r => r.Kind is RunKind.Perf or RunKind.Eval or RunKind.Probe).OrderByDescending(r => r.StartedUtc).ThenByDescending(r => r.Id, StringComparer.Ordinal))
        {
            if (SkippedRun.ReasonFor(run) is { } reason)
            {
                skipped.Add(new SkippedRun(run, reason));
                continue;
            }
            string? error;
            if (run.Kind == RunKind.Perf)
            {
                if (RunSummaryReader.ReadPerf(run, out error) is not { } p)
                    unreadable.Add(new UnreadableRun(run, error!));
                else if (p.Requests.Ok == 0)
                    skipped.Add(new SkippedRun(run, NothingSucceeded));
                else
                    perf.Add(new PerfMeasurement(run, p));
            }
            else if (run.Kind == RunKind.Probe)
            {
                if (RunSummaryReader.ReadProbe(run, out error) is { } pr)
                    probes.Add(new ProbeMeasurement(run, pr));
                else
                    unreadable.Add(new UnreadableRun(run, error!));
            }
            else
            {
                if (RunSummaryReader.ReadEval(run, out error) is not { } e)
                    unreadable.Add(new UnreadableRun(run, error!));
                else if (e.N > 0 && e.Failed >= e.N)
                    skipped.Add(new SkippedRun(run, NothingSucceeded));
                else
                    evals.Add(new EvalMeasurement(run, e));
            }
        }
        return new ModelMeasurements(perf, evals, unreadable) { Skipped = skipped, Probes = probes, AsOf = asOf ?? DateTimeOffset.UtcNow };
    }

    private const string NothingSucceeded = "completed with every request failed (stored before such runs were marked failed); not counted";
}
