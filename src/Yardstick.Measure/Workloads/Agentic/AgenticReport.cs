using System.Text.Json.Serialization;
using Yardstick.Core.Metrics;
using Yardstick.Core.Metrics.Workloads;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;
using Yardstick.Measure.Workloads.Sessions;

namespace Yardstick.Measure.Workloads.Agentic;

/// <summary>
/// An agentic run's own figures, recomputable from its samples: each load tried with the tiers it kept, per-turn TTFT
/// and E2E, and for each tier the most concurrent sessions that kept it (<see cref="SessionCapacity.MaxMeeting"/>;
/// null when one session already broke it). The search is a doubling, not a bisection: the true capacity lies
/// between the reported load and the next one tried.
/// </summary>
public sealed record AgenticReport : WorkloadReport
{
    public const string Search = "doubling (1, 2, 4 … up to --sessions), stopped after the first load that kept no tier; capacity lies between the reported load and the next one tried";

    [JsonIgnore] public override string Key => "agentic";

    [JsonPropertyName("search")] public string SearchRule { get; init; } = Search;
    [JsonPropertyName("tiers")] public required IReadOnlyList<SloTier> Tiers { get; init; }
    [JsonPropertyName("levels")] public required IReadOnlyList<AgenticLevel> Levels { get; init; }
    /// <summary>Tier name → most concurrent sessions that kept it (null: not even one).</summary>
    [JsonPropertyName("max_sessions")] public required IReadOnlyDictionary<string, int?> MaxSessions { get; init; }
    [JsonPropertyName("by_turn")] public required IReadOnlyList<AgenticTurnFigures> ByTurn { get; init; }

    public static AgenticReport Of(IReadOnlyList<SampleRecord> samples, AgenticOptions agents)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(agents);
        var labelled = Labelled(samples);
        var levels = labelled.Select(x => x.Level).Distinct().Order().Select(level => LevelOf(labelled, level, agents.Tiers)!).ToList();
        var byTurn = labelled.GroupBy(x => x.Turn).OrderBy(g => g.Key).Select(g => new AgenticTurnFigures(g.Key,
            g.Average(x => (double)(x.Sample.InputTokensNormalised ?? 0)),
            DistributionSummary.Of(g.Select(x => RequestMetrics.From(x.Sample)).OfType<RequestMetrics>().Select(m => m.TtftSeconds)),
            DistributionSummary.Of(g.Select(x => RequestMetrics.From(x.Sample)).OfType<RequestMetrics>().Select(m => m.E2eLatencySeconds)))).ToList();
        return new AgenticReport
        {
            Tiers = agents.Tiers,
            Levels = levels,
            MaxSessions = agents.Tiers.ToDictionary(t => t.Name, t => SessionCapacity.MaxMeeting([.. levels.Select(l => (l.Sessions, l.TiersMet.Contains(t.Name)))])),
            ByTurn = byTurn,
        };
    }

    /// <summary>The figures of one load from the run's samples so far; null when none of its requests is stored.</summary>
    public static AgenticLevel? LevelOf(IReadOnlyList<SampleRecord> samples, int level, IReadOnlyList<SloTier> tiers) => LevelOf(Labelled(samples), level, tiers);

    private static AgenticLevel? LevelOf(IReadOnlyList<(SampleRecord Sample, int Level, int Turn)> labelled, int level, IReadOnlyList<SloTier> tiers)
    {
        var mine = labelled.Where(x => x.Level == level).Select(x => x.Sample).ToList();
        if (mine.Count == 0)
            return null;
        var summary = PerfAnalysis.Summarise(mine);
        var requests = summary.Requests.Ok + summary.Requests.Failed;
        return new AgenticLevel(level, requests, summary.Requests.Failed, summary.TtftSeconds, summary.InterTokenLatencySeconds, summary.E2eLatencySeconds,
            mine.Max(s => s.InputTokensNormalised ?? 0),
            [.. tiers.Where(t => t.IsMetBy(summary.TtftSeconds.P95, summary.InterTokenLatencySeconds.P95, requests, summary.Requests.Failed)).Select(t => t.Name)]);
    }

    private static List<(SampleRecord Sample, int Level, int Turn)> Labelled(IReadOnlyList<SampleRecord> samples) =>
        [.. samples.Where(s => !PerfAnalysis.IsWarmup(s)).Select(s => (Sample: s, Labels: SampleLabels.Of(s)))
            .Select(x => (x.Sample, Level: SampleLabels.Int(x.Labels, AgenticRunner.LevelKey), Turn: SampleLabels.Int(x.Labels, AgenticRunner.TurnKey)))
            .Where(x => x.Level is not null && x.Turn is not null).Select(x => (x.Sample, x.Level!.Value, x.Turn!.Value))];
}
