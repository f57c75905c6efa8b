namespace Yardstick.Core.Metrics;

/// <summary>
/// One token-carrying stream event: when it arrived (seconds since t0), how many normalised tokens it carried, split by
/// answer and reasoning, and whether it carried any answer or reasoning text (a chunk may carry text that completes a
/// token counted in an earlier event, so text and token counts are kept apart).
/// </summary>
public readonly record struct TimelineEvent(double OffsetSeconds, int AnswerTokens, int ReasoningTokens, bool HasAnswerText, bool HasReasoningText)
{
    public int Tokens => AnswerTokens + ReasoningTokens;
}
