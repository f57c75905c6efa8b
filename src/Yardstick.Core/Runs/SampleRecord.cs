using Yardstick.Core.Providers;

namespace Yardstick.Core.Runs;

/// <summary>
/// One request and its outcome, raw enough that every published figure can be recomputed from it.
/// Times are seconds since t0 (just before the request was written), from a monotonic clock.
/// </summary>
public sealed record SampleRecord
{
    public required string RunId { get; init; }
    /// <summary>The dataset's own id (eval), or the workload's prompt id (perf).</summary>
    public required string PromptId { get; init; }
    public int Epoch { get; init; }
    /// <summary>Order of issue within the run.</summary>
    public int Sequence { get; init; }
    /// <summary>Wall-clock time the request was issued (for time windows); durations never use it.</summary>
    public required DateTimeOffset RequestStartedUtc { get; init; }
    /// <summary>Concurrency level or request rate the sample was issued under (perf sweeps).</summary>
    public double? Load { get; init; }
    public string? PromptText { get; init; }
    /// <summary>SHA-256 of the request messages, for caching and for proving prompts were fresh.</summary>
    public string? PromptSha256 { get; init; }
    public int? InputTokensNormalised { get; init; }
    public int? InputTokensNative { get; init; }
    public double? TtftSeconds { get; init; }
    public double? FirstAnswerTokenSeconds { get; init; }
    public double? LastTokenSeconds { get; init; }
    /// <summary>Every token-carrying event's arrival (seconds since t0) and token count, encoded compactly (Core/Metrics/EventTimeline).</summary>
    public byte[]? Timeline { get; init; }
    public int TokenEvents { get; init; }
    public int? OutputTokensNormalised { get; init; }
    public int? OutputTokensNative { get; init; }
    public int? ReasoningTokens { get; init; }
    /// <summary>Where <see cref="ReasoningTokens"/> came from: <c>usage</c>, <c>reasoning_content</c>, <c>think-tags</c>.</summary>
    public string? ReasoningTokensSource { get; init; }
    public string? AnswerText { get; init; }
    public string? ReasoningText { get; init; }
    public string? FinishReason { get; init; }
    public int? HttpStatus { get; init; }
    public ErrorKind ErrorKind { get; init; } = ErrorKind.None;
    public string? ErrorMessage { get; init; }
    public int Retries { get; init; }
    public string? ExtractedAnswer { get; init; }
    public bool? Correct { get; init; }
    public bool? CorrectLoose { get; init; }
    public double? Score { get; init; }
    public decimal? CostUsd { get; init; }
    /// <summary>Anything else a task records (instruction-level IFEval results, probe details), as JSON.</summary>
    public string? DetailsJson { get; init; }

    public bool Succeeded => ErrorKind == ErrorKind.None;
}
