using Yardstick.Core.Evals;
using Yardstick.Core.Providers;

namespace Yardstick.Evals.Judging;

/// <summary>
/// One judge's decision on one answer, as stored: the verdict (null when the judgement failed, with
/// <see cref="FailureReason"/> and <see cref="ErrorKind"/> saying why), the judge sample that holds the raw reply, and
/// whether the verdict was reused from an earlier identical judgement (<see cref="CachedFrom"/>).
/// </summary>
public sealed record Judgement
{
    public JudgeVerdict? Verdict { get; init; }
    public string? FailureReason { get; init; }
    public ErrorKind ErrorKind { get; init; }
    /// <summary>The judge run and the key of the judge sample recording this judgement.</summary>
    public required string JudgeRunId { get; init; }
    public required string PromptId { get; init; }
    public int Epoch { get; init; }
    /// <summary>The judge sample whose verdict was reused, as <c>run/prompt/epoch</c>; null when the judge was asked.</summary>
    public string? CachedFrom { get; init; }
    /// <summary>The judge's whole reply (reasoning split off).</summary>
    public string? Reply { get; init; }

    public bool Failed => Verdict is null;
}
