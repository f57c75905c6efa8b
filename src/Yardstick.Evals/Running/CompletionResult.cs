using Yardstick.Core.Providers;

namespace Yardstick.Evals.Running;

/// <summary>One streamed completion gathered into text, usage and timings (seconds since t0), or the error that ended it.</summary>
internal sealed record CompletionResult
{
    public string Content { get; init; } = "";
    public string Reasoning { get; init; } = "";
    public TokenUsage? Usage { get; init; }
    public string? FinishReason { get; init; }
    public double? TtftSeconds { get; init; }
    public double? FirstAnswerTokenSeconds { get; init; }
    public double? LastTokenSeconds { get; init; }
    public int TokenEvents { get; init; }
    public int? HttpStatus { get; init; }
    public ErrorKind ErrorKind { get; init; }
    public string? ErrorMessage { get; init; }
    public TimeSpan? RetryAfter { get; init; }
    /// <summary>The function calls the model made in this turn, assembled from the stream's fragments.</summary>
    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];
}
