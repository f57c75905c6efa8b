namespace Yardstick.Core.Metrics;

/// <summary>
/// Compact binary form of a request's token events, stored in <see cref="Runs.SampleRecord.Timeline"/>. Format 1:
/// a version byte, then per event three unsigned LEB128 varints: <c>(Δµs &lt;&lt; 2) | flags</c> (Δµs since the previous event,
/// the first since t0; flag 1 = answer text, 2 = reasoning text), answer tokens, reasoning tokens. Offsets are rounded to
/// whole microseconds on the absolute time, so rounding never accumulates. Typically five bytes per event (three for a
/// gap under half a second, one per token count).
/// </summary>
public static class EventTimeline
{
    private const byte FormatVersion = 1;

    /// <summary>Encodes events in arrival order; offsets must not decrease.</summary>
    public static byte[] Encode(IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var buffer = new List<byte>(1 + events.Count * 4) { FormatVersion };
        long previousMicros = 0;
        foreach (var e in events)
        {
            var micros = (long)Math.Round(e.OffsetSeconds * 1e6);
            var delta = micros - previousMicros;
            if (delta < 0)
                throw new ArgumentException($"Event offsets must not decrease ({e.OffsetSeconds} s after {previousMicros / 1e6} s).", nameof(events));
            if (e.AnswerTokens < 0 || e.ReasoningTokens < 0)
                throw new ArgumentException("Token counts must not be negative.", nameof(events));
            var flags = (e.HasAnswerText ? 1UL : 0) | (e.HasReasoningText ? 2UL : 0);
            WriteVarint(buffer, ((ulong)delta << 2) | flags);
            WriteVarint(buffer, (ulong)e.AnswerTokens);
            WriteVarint(buffer, (ulong)e.ReasoningTokens);
            previousMicros = micros;
        }
        return [.. buffer];
    }

    /// <summary>Decodes what <see cref="Encode"/> wrote; a truncated or unknown encoding is an error, never a guess.</summary>
    public static IReadOnlyList<TimelineEvent> Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.IsEmpty)
            return [];
        if (encoded[0] != FormatVersion)
            throw new FormatException($"Unknown timeline format {encoded[0]}.");
        var events = new List<TimelineEvent>();
        var position = 1;
        long micros = 0;
        while (position < encoded.Length)
        {
            var head = ReadVarint(encoded, ref position);
            var answer = ReadVarint(encoded, ref position);
            var reasoning = ReadVarint(encoded, ref position);
            micros += (long)(head >> 2);
            events.Add(new TimelineEvent(micros / 1e6, checked((int)answer), checked((int)reasoning), (head & 1) != 0, (head & 2) != 0));
        }
        return events;
    }

    private static void WriteVarint(List<byte> buffer, ulong value)
    {
        while (value >= 0x80)
        {
            buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }
        buffer.Add((byte)value);
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> encoded, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= encoded.Length)
                throw new FormatException("The timeline ends inside a number.");
            var b = encoded[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
                return value;
        }
        throw new FormatException("A timeline number is too long.");
    }
}
