using Yardstick.Core.Metrics.Capacity;

namespace Yardstick.Measure.Load.Capacity;

/// <summary>
/// A capacity search: what it varies, where it starts and may go (<see cref="Plan"/>), the objectives each level must
/// meet, and whether rerunning it continues the newest unfinished search of the same configuration.
/// </summary>
public sealed record CapacitySearchOptions
{
    public required CapacityMode Mode { get; init; }
    public required CapacitySearchPlan Plan { get; init; }
    public required LoadSlo Slo { get; init; }
    /// <summary>Continue the newest unfinished search of the same configuration (its measured levels are not measured again).</summary>
    public bool Resume { get; init; } = true;

    /// <summary>Concurrency levels: at least this many requests per stream, so that each level is more than its first wave.</summary>
    public int RequestsPerStream { get; init; } = 2;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>(Plan.Problems());
        if (Mode == CapacityMode.Concurrency && !Plan.Integer)
            problems.Add("A concurrency search moves in whole streams.");
        if (Slo.IsEmpty)
            problems.Add("A capacity search needs at least one objective (TTFT, inter-token latency, E2E latency or error rate).");
        if (RequestsPerStream < 1)
            problems.Add("Each stream needs at least one request per level.");
        return problems;
    }

    /// <summary>The settings that, beside the run options, make two searches the same (<see cref="LoadSeriesKey"/>).</summary>
    internal IReadOnlyDictionary<string, object?> KeySettings() => new Dictionary<string, object?>
    {
        ["mode"] = Mode.ToString(),
        ["start"] = Plan.Start,
        ["maximum"] = Plan.Maximum,
        ["precision"] = Plan.Precision,
        ["slo"] = Slo.ToString(),
        ["requests_per_stream"] = RequestsPerStream,
    };
}
