namespace Yardstick.Scheduling.Plans;

/// <summary>One run of a fire: a perf run at one prompt length and concurrency, or one eval.</summary>
public sealed record WorkStep(int? PromptTokens, int? Concurrency, EvalPlan? Eval)
{
    public static WorkStep ForPerf(int promptTokens, int concurrency) => new(promptTokens, concurrency, null);

    public static WorkStep ForEval(EvalPlan eval) => new(null, null, eval);

    public bool IsPerf => Eval is null;

    /// <summary>A stable name within the fire, part of the run's id: <c>perf-p1000-c10</c>, <c>eval-gsm8k</c>.</summary>
    public string Name => Eval is { } eval ? $"eval-{eval.Eval}" : $"perf-p{PromptTokens}-c{Concurrency}";
}
