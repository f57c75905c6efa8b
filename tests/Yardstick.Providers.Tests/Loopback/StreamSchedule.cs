namespace Yardstick.Tests.Loopback;

/// <summary>
/// What a scheduled stream sends and when: the first chunk <see cref="TtftSeconds"/> after the request arrives, then one
/// chunk of <see cref="TokensPerChunk"/> single-token words every <c>TokensPerChunk / TokensPerSecond</c> seconds,
/// reasoning first (in <c>reasoning_content</c>, or inline as <c>&lt;think&gt;</c> text) then answer.
/// </summary>
public sealed record StreamSchedule(double TtftSeconds, double TokensPerSecond, int AnswerTokens, int ReasoningTokens = 0, int TokensPerChunk = 1)
{
    /// <summary>Words that are exactly one o200k_base token each, with their leading space.</summary>
    public static IReadOnlyList<string> AnswerWords { get; } = [" red", " blue", " green", " cat", " dog", " sun", " moon", " tree"];

    public static IReadOnlyList<string> ReasoningWords { get; } = [" think", " maybe", " so", " then"];

    public int TotalTokens => AnswerTokens + ReasoningTokens;

    public int Chunks => (TotalTokens + TokensPerChunk - 1) / TokensPerChunk;

    /// <summary>Seconds after arrival at which chunk <paramref name="chunk"/> is due.</summary>
    public double DueSeconds(int chunk) => TtftSeconds + chunk * TokensPerChunk / TokensPerSecond;

    /// <summary>Tokens in chunk <paramref name="chunk"/> that are reasoning and answer.</summary>
    public (int Reasoning, int Answer) Split(int chunk)
    {
        var first = chunk * TokensPerChunk;
        var last = Math.Min(first + TokensPerChunk, TotalTokens);
        var reasoning = Math.Max(0, Math.Min(last, ReasoningTokens) - first);
        return (reasoning, last - first - reasoning);
    }

    /// <summary>Nominal speed after the first chunk: (tokens − first chunk) / (last due − first due).</summary>
    public double NominalTokensPerSecond => (TotalTokens - Math.Min(TokensPerChunk, TotalTokens)) / (DueSeconds(Chunks - 1) - DueSeconds(0));
}
