using System.Text;

namespace Yardstick.Core.Providers;

/// <summary>
/// Splits streamed text that carries reasoning inline as <c>&lt;think&gt;…&lt;/think&gt;</c> into reasoning and answer
/// parts, chunk by chunk, holding back only a partial tag that may be split across chunks. Text before the first tag is
/// answer unless the stream starts inside a think block (<paramref name="startsInThink"/>, for templates that open it).
/// </summary>
public sealed class ThinkTagSplitter(bool startsInThink = false)
{
    private const string Open = "<think>";
    private const string Close = "</think>";
    private readonly StringBuilder _pending = new();
    private bool _inThink = startsInThink;

    /// <summary>True while inside an unclosed think block.</summary>
    public bool InThink => _inThink;

    /// <summary>Feeds one chunk; returns the reasoning and answer text it completes (either may be empty).</summary>
    public (string Reasoning, string Answer) Push(string chunk)
    {
        _pending.Append(chunk);
        var reasoning = new StringBuilder();
        var answer = new StringBuilder();
        var text = _pending.ToString();
        var position = 0;
        while (position < text.Length)
        {
            var tag = _inThink ? Close : Open;
            var found = text.IndexOf(tag, position, StringComparison.Ordinal);
            if (found >= 0)
            {
                (_inThink ? reasoning : answer).Append(text, position, found - position);
                position = found + tag.Length;
                _inThink = !_inThink;
                continue;
            }
            // Hold back a suffix that could be the start of the tag.
            var keep = PartialTagLength(text, position, tag);
            (_inThink ? reasoning : answer).Append(text, position, text.Length - position - keep);
            position = text.Length - keep;
            break;
        }
        _pending.Clear();
        _pending.Append(text, position, text.Length - position);
        return (reasoning.ToString(), answer.ToString());
    }

    /// <summary>Flushes what was held back at the end of the stream.</summary>
    public (string Reasoning, string Answer) Flush()
    {
        var rest = _pending.ToString();
        _pending.Clear();
        return _inThink ? (rest, "") : ("", rest);
    }

    private static int PartialTagLength(string text, int start, string tag)
    {
        for (var length = Math.Min(tag.Length - 1, text.Length - start); length > 0; length--)
            if (string.CompareOrdinal(text, text.Length - length, tag, 0, length) == 0)
                return length;
        return 0;
    }
}
