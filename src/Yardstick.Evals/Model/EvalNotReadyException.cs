namespace Yardstick.Evals.Model;

/// <summary>An eval cannot run on this machine (e.g. a code eval without its sandbox); raised before any request, with the reason.</summary>
public sealed class EvalNotReadyException(string evalId, string reason) : Exception($"Eval {evalId} cannot run here: {reason}")
{
    public string EvalId { get; } = evalId;
}
