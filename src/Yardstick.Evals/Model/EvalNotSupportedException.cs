namespace Yardstick.Evals.Model;

/// <summary>The endpoint lacks what the eval measures (e.g. function calling for tool-use): a "not supported" result, never a score of zero.</summary>
public sealed class EvalNotSupportedException(string evalId, string reason) : Exception($"Eval {evalId} is not supported by this endpoint: {reason}")
{
    public string EvalId { get; } = evalId;
    public string Reason { get; } = reason;
}
