namespace Yardstick.Storage.Entities;

/// <summary>A raw sample row (see Core.Runs.SampleRecord); every published figure is recomputable from these.</summary>
public sealed class SampleEntity
{
    public long Id { get; set; }
    public required string RunId { get; set; }
    public required string PromptId { get; set; }
    public int Epoch { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset RequestStartedUtc { get; set; }
    public double? Load { get; set; }
    public string? PromptText { get; set; }
    public string? PromptSha256 { get; set; }
    public int? InputTokensNormalised { get; set; }
    public int? InputTokensNative { get; set; }
    public double? TtftSeconds { get; set; }
    public double? FirstAnswerTokenSeconds { get; set; }
    public double? LastTokenSeconds { get; set; }
    public byte[]? Timeline { get; set; }
    public int TokenEvents { get; set; }
    public int? OutputTokensNormalised { get; set; }
    public int? OutputTokensNative { get; set; }
    public int? ReasoningTokens { get; set; }
    public string? ReasoningTokensSource { get; set; }
    public string? AnswerText { get; set; }
    public string? ReasoningText { get; set; }
    public string? FinishReason { get; set; }
    public int? HttpStatus { get; set; }
    public required string ErrorKind { get; set; }
    public string? ErrorMessage { get; set; }
    public int Retries { get; set; }
    public string? ExtractedAnswer { get; set; }
    public bool? Correct { get; set; }
    public bool? CorrectLoose { get; set; }
    public double? Score { get; set; }
    public decimal? CostUsd { get; set; }
    public string? DetailsJson { get; set; }
}
