using System.Text;

namespace Yardstick.Local.Inference;

/// <summary>
/// Finds OpenAI-style stop sequences in streamed text. Text that could still become a stop sequence is held back until
/// the next chunk decides it; text from the first stop sequence on is never released.
/// </summary>
internal sealed class StopSequenceMatcher(IReadOnlyList<string> stops)
{
    private readonly string[] _stops = stops.Where(s => s.Length > 0).ToArray();
    private readonly StringBuilder _held = new();

    public bool Matched { get; private set; }

    /// <summary>Feeds a chunk; returns the text that is certainly not part of a stop sequence.</summary>
    public string Push(string text)
    {
        if (Matched)
            return "";
        if (_stops.Length == 0)
            return text;
        _held.Append(text);
        var held = _held.ToString();
        var first = -1;
        foreach (var stop in _stops)
        {
            var index = held.IndexOf(stop, StringComparison.Ordinal);
            if (index >= 0 && (first < 0 || index < first))
                first = index;
        }
        if (first >= 0)
        {
            Matched = true;
            _held.Clear();
            return held[..first];
        }
        var keep = _stops.Max(stop => PartialMatchLength(held, stop));
        _held.Clear();
        _held.Append(held, held.Length - keep, keep);
        return held[..^keep];
    }

    /// <summary>Releases what was held back at the end of the stream (nothing once a stop sequence matched).</summary>
    public string Flush()
    {
        var rest = Matched ? "" : _held.ToString();
        _held.Clear();
        return rest;
    }

    /// <summary>Length of the longest suffix of <paramref name="text"/> that is a proper prefix of <paramref name="stop"/>.</summary>
    private static int PartialMatchLength(string text, string stop)
    {
        for (var length = Math.Min(stop.Length - 1, text.Length); length > 0; length--)
            if (string.CompareOrdinal(text, text.Length - length, stop, 0, length) == 0)
                return length;
        return 0;
    }
}
