using Yardstick.Core.Metrics;

namespace Yardstick.Core.Tests.Metrics;

public sealed class EventTimelineTests
{
    public static TheoryData<TimelineEvent[]> Timelines => new()
    {
        Array.Empty<TimelineEvent>(),
        new[] { new TimelineEvent(0.123456, 1, 0, true, false) },
        new[] { new TimelineEvent(0.1, 0, 3, false, true), new TimelineEvent(0.1, 2, 1, true, true), new TimelineEvent(3600.5, 400, 0, true, false) },
        new[] { new TimelineEvent(0, 0, 0, false, false), new TimelineEvent(0.000001, 1, 0, true, false) },
    };

    [Theory]
    [MemberData(nameof(Timelines))]
    public void Encoding_round_trips_to_the_microsecond(TimelineEvent[] events)
    {
        var decoded = EventTimeline.Decode(EventTimeline.Encode(events));

        Assert.Equal(events.Length, decoded.Count);
        for (var i = 0; i < events.Length; i++)
        {
            Assert.Equal(events[i].OffsetSeconds, decoded[i].OffsetSeconds, 1e-6);
            Assert.Equal((events[i].AnswerTokens, events[i].ReasoningTokens, events[i].HasAnswerText, events[i].HasReasoningText),
                (decoded[i].AnswerTokens, decoded[i].ReasoningTokens, decoded[i].HasAnswerText, decoded[i].HasReasoningText));
        }
    }

    [Fact]
    public void Rounding_does_not_accumulate_over_many_events()
    {
        // Given 10,000 events a third of a millisecond apart (not whole microseconds)
        var events = Enumerable.Range(0, 10_000).Select(i => new TimelineEvent(i / 3000.0, 1, 0, true, false)).ToArray();

        // When encoded and decoded
        var decoded = EventTimeline.Decode(EventTimeline.Encode(events));

        // Then the last offset is still within half a microsecond
        Assert.Equal(events[^1].OffsetSeconds, decoded[^1].OffsetSeconds, 5e-7);
    }

    [Fact]
    public void A_typical_event_takes_about_five_bytes()
    {
        var events = Enumerable.Range(0, 500).Select(i => new TimelineEvent(0.2 + i * 0.02, 1, 0, true, false)).ToArray();

        Assert.InRange(EventTimeline.Encode(events).Length, 500 * 4, 500 * 6);
    }

    [Fact]
    public void Decreasing_offsets_are_rejected()
    {
        var events = new[] { new TimelineEvent(0.2, 1, 0, true, false), new TimelineEvent(0.1, 1, 0, true, false) };

        Assert.Throws<ArgumentException>(() => EventTimeline.Encode(events));
    }

    [Theory]
    [InlineData(new byte[] { 9, 1, 1, 0 })]
    [InlineData(new byte[] { 1, 0x80 })]
    [InlineData(new byte[] { 1, 4, 1 })]
    public void A_corrupt_encoding_is_an_error_not_a_guess(byte[] encoded) =>
        Assert.Throws<FormatException>(() => EventTimeline.Decode(encoded));
}
