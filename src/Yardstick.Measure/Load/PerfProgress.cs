namespace Yardstick.Measure.Load;

/// <summary>Where a perf run is, reported after every request (warm-up included, flagged).</summary>
public sealed record PerfProgress(
    string RunId,
    int Completed,
    int Total,
    int Failed,
    int InFlight,
    bool Warmup,
    double? LastTtftSeconds,
    TimeSpan Elapsed);
