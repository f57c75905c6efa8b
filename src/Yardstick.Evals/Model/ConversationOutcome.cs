using Yardstick.Core.Providers;

namespace Yardstick.Evals.Model;

/// <summary>
/// How a conversation ended: its transcript (stored as the sample's answer text), the grade (null when a request
/// failed: <see cref="ErrorKind"/> says why), and totals over every request (native counts when all turns reported them).
/// </summary>
public sealed record ConversationOutcome
{
    public required string Transcript { get; init; }
    public string? Reasoning { get; init; }
    public EvalGrade? Grade { get; init; }
    public int Requests { get; init; }
    public int? InputTokensNative { get; init; }
    public int? OutputTokensNative { get; init; }
    public int OutputTokensNormalised { get; init; }
    public double? TtftSeconds { get; init; }
    public double? LastTokenSeconds { get; init; }
    public int TokenEvents { get; init; }
    public string? FinishReason { get; init; }
    public int? HttpStatus { get; init; }
    public ErrorKind ErrorKind { get; init; }
    public string? ErrorMessage { get; init; }
}
