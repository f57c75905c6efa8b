using Yardstick.Core.Metrics;
using Yardstick.Core.Providers;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Tests.Metrics;

/// <summary>Hand-made samples for the metric math: a timeline of (seconds, tokens) answer events.</summary>
internal static class SampleBuilder
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    public static SampleRecord Ok(params (double Seconds, int Tokens)[] events) => Ok(0, events);

    public static SampleRecord Ok(int sequence, params (double Seconds, int Tokens)[] events)
    {
        var timeline = events.Select(e => new TimelineEvent(e.Seconds, e.Tokens, 0, true, false)).ToList();
        return new SampleRecord
        {
            RunId = "perf-test",
            PromptId = $"p/{sequence}",
            Sequence = sequence,
            RequestStartedUtc = Start.AddSeconds(sequence),
            TtftSeconds = events.Length > 0 ? events[0].Seconds : null,
            FirstAnswerTokenSeconds = events.Length > 0 ? events[0].Seconds : null,
            LastTokenSeconds = events.Length > 0 ? events[^1].Seconds : null,
            Timeline = events.Length > 0 ? EventTimeline.Encode(timeline) : null,
            TokenEvents = events.Length,
            OutputTokensNormalised = events.Sum(e => e.Tokens),
        };
    }

    public static SampleRecord Failed(ErrorKind kind, int sequence = 0) => new()
    {
        RunId = "perf-test",
        PromptId = $"p/{sequence}",
        Sequence = sequence,
        RequestStartedUtc = Start.AddSeconds(sequence),
        ErrorKind = kind,
        ErrorMessage = kind.ToString(),
    };

    /// <summary>A steady stream: first event at <paramref name="ttft"/>, then one token every 1/<paramref name="tokensPerSecond"/> s.</summary>
    public static SampleRecord Steady(double ttft, double tokensPerSecond, int tokens, int sequence = 0) =>
        Ok(sequence, Enumerable.Range(0, tokens).Select(i => (ttft + i / tokensPerSecond, 1)).ToArray());
}
