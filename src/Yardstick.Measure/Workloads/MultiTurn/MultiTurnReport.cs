using System.Text.Json.Serialization;
using Yardstick.Core.Metrics;
using Yardstick.Core.Metrics.Workloads;
using Yardstick.Core.Runs;
using Yardstick.Core.Statistics;
using Yardstick.Measure.Workloads.Sessions;

namespace Yardstick.Measure.Workloads.MultiTurn;

/// <summary>
/// A multi-turn run's own figures, recomputable from its samples: TTFT by turn for the conversation (<c>cached</c>) and
/// its same-length control (<c>fresh</c>), and the prefix-cache effect over the pairs of turns 2 onwards — the turns
/// whose prefix (system prompt and history) this same session certainly sent before. Turn 1's prefix is the shared
/// system prompt, sent before only if another session got there first, so it is shown by turn but not paired.
/// </summary>
public sealed record MultiTurnReport : WorkloadReport
{
    public const string SessionKey = "session";
    public const string TurnKey = "turn";
    public const string ArmKey = "arm";
    public const string PrefixTokensKey = "prefix_tokens";

    [JsonIgnore] public override string Key => "multi_turn";

    [JsonPropertyName("sessions")] public required int Sessions { get; init; }
    [JsonPropertyName("turns")] public required int Turns { get; init; }
    [JsonPropertyName("system_prompt_tokens")] public required int SystemPromptTokens { get; init; }
    /// <summary>Sessions that ran every turn; the others stopped at a failed turn.</summary>
    [JsonPropertyName("sessions_completed")] public required int SessionsCompleted { get; init; }
    [JsonPropertyName("by_turn")] public required IReadOnlyList<MultiTurnTurnFigures> ByTurn { get; init; }
    /// <summary>Null without the control arm.</summary>
    [JsonPropertyName("prefix_cache")] public PrefixCacheEffect? PrefixCache { get; init; }

    public static MultiTurnReport Of(IReadOnlyList<SampleRecord> samples, MultiTurnOptions conversations)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(conversations);
        var labelled = samples.Where(s => !PerfAnalysis.IsWarmup(s)).Select(s => (Sample: s, Labels: SampleLabels.Of(s)))
            .Select(x => (x.Sample, Session: SampleLabels.Int(x.Labels, SessionKey), Turn: SampleLabels.Int(x.Labels, TurnKey), Arm: SampleLabels.Text(x.Labels, ArmKey)))
            .Where(x => x.Session is not null && x.Turn is not null && x.Arm is not null)
            .Select(x => (x.Sample, Session: x.Session!.Value, Turn: x.Turn!.Value, Arm: x.Arm!, Metrics: RequestMetrics.From(x.Sample)))
            .ToList();
        var byTurn = labelled.GroupBy(x => x.Turn).OrderBy(g => g.Key).Select(g => new MultiTurnTurnFigures(g.Key,
            g.Where(x => x.Arm == MultiTurnArm.Cached).Select(x => (double)(x.Sample.InputTokensNormalised ?? 0)).DefaultIfEmpty(double.NaN).Average(),
            DistributionSummary.Of(g.Where(x => x.Arm == MultiTurnArm.Cached && x.Metrics is not null).Select(x => x.Metrics!.TtftSeconds)),
            DistributionSummary.Of(g.Where(x => x.Arm == MultiTurnArm.Fresh && x.Metrics is not null).Select(x => x.Metrics!.TtftSeconds)),
            DistributionSummary.Of(g.Where(x => x.Arm == MultiTurnArm.Cached && x.Metrics is not null).Select(x => x.Metrics!.E2eLatencySeconds)))).ToList();
        var pairs = labelled.Where(x => x.Turn >= 2 && x.Metrics is not null).GroupBy(x => (x.Session, x.Turn))
            .Select(g => (Cached: g.FirstOrDefault(x => x.Arm == MultiTurnArm.Cached).Metrics, Fresh: g.FirstOrDefault(x => x.Arm == MultiTurnArm.Fresh).Metrics))
            .Where(p => p.Cached is not null && p.Fresh is not null)
            .Select(p => (p.Cached!.TtftSeconds, p.Fresh!.TtftSeconds)).ToList();
        var completed = labelled.Where(x => x.Arm == MultiTurnArm.Cached && x.Turn == conversations.Turns && x.Sample.Succeeded).Select(x => x.Session).Distinct().Count();
        return new MultiTurnReport
        {
            Sessions = conversations.Sessions,
            Turns = conversations.Turns,
            SystemPromptTokens = conversations.SystemPromptTokens,
            SessionsCompleted = completed,
            ByTurn = byTurn,
            PrefixCache = conversations.ControlArm ? PrefixCacheEffect.Of(pairs) : null,
        };
    }
}
