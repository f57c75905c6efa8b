using System.Text;
using Yardstick.Core.Providers;

namespace Yardstick.Local.Inference;

/// <summary>
/// Turns sampled tokens (their bytes and sampling time) into <see cref="TokenDelta"/> events: UTF-8 decoding that holds back
/// incomplete characters, stop sequences, then the think-tag split. Each delta carries the number of tokens sampled since
/// the previous delta, so token counts stay exact even when a token's text is held back.
/// </summary>
internal sealed class CompletionStreamShaper(IReadOnlyList<string> stops, bool startsInThink)
{
    private readonly Decoder _utf8 = new UTF8Encoding(false, false).GetDecoder();
    private readonly StopSequenceMatcher _stop = new(stops);
    private readonly ThinkTagSplitter _splitter = new(startsInThink);
    private char[] _chars = new char[64];
    private int _pendingTokens;

    public int CompletionTokens { get; private set; }

    /// <summary>Tokens sampled inside a think block, the tags included.</summary>
    public int ReasoningTokens { get; private set; }

    /// <summary>True once a stop sequence appeared: generation should end with finish reason <c>stop</c>.</summary>
    public bool Stopped => _stop.Matched;

    /// <summary>Feeds one sampled token; returns a delta when it completed some visible text.</summary>
    public TokenDelta? Push(ReadOnlySpan<byte> pieceBytes, long timestamp)
    {
        CompletionTokens++;
        _pendingTokens++;
        var wasInThink = _splitter.InThink;
        var (reasoning, answer) = _splitter.Push(_stop.Push(Decode(pieceBytes, flush: false)));
        if (wasInThink || _splitter.InThink || reasoning.Length > 0)
            ReasoningTokens++;
        return Delta(reasoning, answer, timestamp);
    }

    /// <summary>Flushes held-back text at the end of the stream (an incomplete UTF-8 tail becomes U+FFFD).</summary>
    public TokenDelta? Complete(long timestamp)
    {
        var tail = _stop.Push(Decode([], flush: true)) + _stop.Flush();
        var (reasoning, answer) = _splitter.Push(tail);
        var (restReasoning, restAnswer) = _splitter.Flush();
        return Delta(reasoning + restReasoning, answer + restAnswer, timestamp);
    }

    private string Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        var needed = _utf8.GetCharCount(bytes, flush);
        if (needed > _chars.Length)
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        var count = _utf8.GetChars(bytes, _chars, flush);
        return new string(_chars, 0, count);
    }

    private TokenDelta? Delta(string reasoning, string answer, long timestamp)
    {
        if (reasoning.Length == 0 && answer.Length == 0)
            return null;
        var delta = new TokenDelta(timestamp, answer.Length > 0 ? answer : null, reasoning.Length > 0 ? reasoning : null, _pendingTokens);
        _pendingTokens = 0;
        return delta;
    }
}
