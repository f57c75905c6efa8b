using Yardstick.Core.Runs;

namespace Yardstick.Core.Metrics;

/// <summary>
/// One successful request's figures as DESIGN §2 defines them, computed from its stored sample alone.
/// Output speed = (output tokens − tokens in the first event) / (last token event − first token event): tokens per
/// second after the first chunk, NaN when fewer than two events or no time between them.
/// </summary>
public sealed record RequestMetrics
{
    public required double TtftSeconds { get; init; }
    public required double FirstAnswerTokenSeconds { get; init; }
    public required double E2eLatencySeconds { get; init; }
    public required int OutputTokens { get; init; }
    public int? OutputTokensNative { get; init; }
    public required int ReasoningTokens { get; init; }
    public required double OutputTokensPerSecond { get; init; }
    public required double OutputTokensPerSecondNative { get; init; }
    /// <summary>Gaps between consecutive token-carrying events, in seconds (chunk-weighted inter-token latency).</summary>
    public required IReadOnlyList<double> InterTokenGapsSeconds { get; init; }
    public required int TokenEvents { get; init; }
    /// <summary>Normalised tokens per event, averaged: above 1 means the provider sends several tokens per event.</summary>
    public double TokensPerEvent => TokenEvents == 0 ? double.NaN : (double)OutputTokens / TokenEvents;
    /// <summary>The provider reported reasoning tokens but streamed no reasoning text: speed covers answer chunks only.</summary>
    public required bool HiddenReasoning { get; init; }

    /// <summary>The figures of a successful sample; null for a failed one or one without a first token.</summary>
    public static RequestMetrics? From(SampleRecord sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (!sample.Succeeded || sample.TtftSeconds is not { } ttft)
            return null;
        var events = sample.Timeline is { } timeline ? EventTimeline.Decode(timeline) : [];
        var outputTokens = sample.OutputTokensNormalised ?? events.Sum(e => e.Tokens);
        var reasoningTokens = sample.ReasoningTokens ?? 0;
        var hiddenReasoning = reasoningTokens > 0 && string.IsNullOrEmpty(sample.ReasoningText) && !events.Any(e => e.HasReasoningText);
        var speed = OutputSpeed(events, outputTokens);
        var nativeStreamed = sample.OutputTokensNative is { } native ? native - (hiddenReasoning ? reasoningTokens : 0) : (int?)null;
        var nativeSpeed = nativeStreamed is { } n && outputTokens > 0 ? speed * n / outputTokens : double.NaN;
        var gaps = new double[Math.Max(0, events.Count - 1)];
        for (var i = 1; i < events.Count; i++)
            gaps[i - 1] = events[i].OffsetSeconds - events[i - 1].OffsetSeconds;
        return new RequestMetrics
        {
            TtftSeconds = ttft,
            FirstAnswerTokenSeconds = sample.FirstAnswerTokenSeconds ?? double.NaN,
            E2eLatencySeconds = sample.LastTokenSeconds ?? ttft,
            OutputTokens = outputTokens,
            OutputTokensNative = sample.OutputTokensNative,
            ReasoningTokens = reasoningTokens,
            OutputTokensPerSecond = speed,
            OutputTokensPerSecondNative = nativeSpeed,
            InterTokenGapsSeconds = gaps,
            TokenEvents = events.Count > 0 ? events.Count : sample.TokenEvents,
            HiddenReasoning = hiddenReasoning,
        };
    }

    /// <summary>(tokens − first event's tokens) / (last − first event time); NaN when it cannot be estimated.</summary>
    public static double OutputSpeed(IReadOnlyList<TimelineEvent> events, int outputTokens)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count < 2)
            return double.NaN;
        var seconds = events[^1].OffsetSeconds - events[0].OffsetSeconds;
        var tokens = outputTokens - events[0].Tokens;
        return seconds > 0 && tokens > 0 ? tokens / seconds : double.NaN;
    }
}
