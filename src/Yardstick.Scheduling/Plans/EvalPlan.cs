namespace Yardstick.Scheduling.Plans;

/// <summary>One eval of a suite: its id (Yardstick.Evals) and how many questions; null = all.</summary>
public sealed record EvalPlan(string Eval, int? Limit = null);
