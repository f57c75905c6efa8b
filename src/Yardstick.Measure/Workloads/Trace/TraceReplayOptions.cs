namespace Yardstick.Measure.Workloads.Trace;

/// <summary>
/// How a trace is replayed: <see cref="Speed"/> divides every timestamp (2 = twice as fast), <see cref="Salt"/> seeds the
/// block texts (fresh per run unless given), and a request is counted behind schedule past <see cref="BehindSeconds"/>.
/// </summary>
public sealed record TraceReplayOptions
{
    /// <summary>p95 replay lag above this many seconds: the client could not keep the trace's schedule (stated in the report).</summary>
    public const double DefaultBehindSeconds = 0.05;

    public required MooncakeTrace Trace { get; init; }
    public double Speed { get; init; } = 1;
    public int Salt { get; init; } = Random.Shared.Next();
    public double BehindSeconds { get; init; } = DefaultBehindSeconds;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!(Speed > 0 && double.IsFinite(Speed)))
            problems.Add("Trace speed must be a positive number.");
        if (Trace.Entries.Count == 0)
            problems.Add($"The trace has no request that can be replayed ({Trace.Problems.Count} broken line(s)).");
        return problems;
    }
}
