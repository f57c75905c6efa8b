namespace Yardstick.Scheduling.Plans;

/// <summary>One run of a fire: a perf run at one prompt length and concurrency, one eval, or the suite's capability probes.</summary>
public sealed record WorkStep(int? PromptTokens, int? Concurrency, EvalPlan? Eval, IReadOnlyList<string>? Probes = null)
{
    /// <summary>The probe-name meaning every applicable probe.</summary>
    public const string AllProbes = "all";

    public static WorkStep ForPerf(int promptTokens, int concurrency) => new(promptTokens, concurrency, null);

    public static WorkStep ForEval(EvalPlan eval) => new(null, null, eval);

    /// <summary>One probe run of the named probes (<see cref="AllProbes"/> or none named: every applicable probe).</summary>
    public static WorkStep ForProbes(IReadOnlyList<string> probes) => new(null, null, null, probes);

    public bool IsProbe => Probes is not null;

    public bool IsPerf => Eval is null && !IsProbe;

    /// <summary>A stable name within the fire, part of the run's id: <c>perf-p1000-c10</c>, <c>eval-gsm8k</c>, <c>probe</c>.</summary>
    public string Name => IsProbe ? "probe" : Eval is { } eval ? $"eval-{eval.Eval}" : $"perf-p{PromptTokens}-c{Concurrency}";
}
