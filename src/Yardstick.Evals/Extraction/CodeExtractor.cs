using System.Text.RegularExpressions;

namespace Yardstick.Evals.Extraction;

/// <summary>
/// The code of a response (reasoning already removed): the last fenced block tagged <c>python</c> (or <c>py</c>,
/// <c>python3</c>), else the last untagged fenced block, else — a fence opened and never closed (the answer was cut) —
/// the text after the last opening fence, else the bare answer itself. Null when that leaves no code.
/// </summary>
public static partial class CodeExtractor
{
    public static string? Extract(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var blocks = FencedBlock().Matches(answer);
        var python = blocks.LastOrDefault(b => b.Groups["lang"].Value.ToLowerInvariant() is "python" or "py" or "python3");
        var untagged = blocks.LastOrDefault(b => b.Groups["lang"].Value.Length == 0);
        string code;
        if ((python ?? untagged) is { } block)
            code = block.Groups["code"].Value;
        else if (blocks.Count == 0 && OpeningFence().Matches(answer).LastOrDefault() is { } open)
            code = answer[(open.Index + open.Length)..];
        else if (blocks.Count > 0)
            return null; // Only blocks in other languages: nothing to run.
        else
            code = answer;
        return string.IsNullOrWhiteSpace(code) ? null : code.TrimEnd() + "\n";
    }

    [GeneratedRegex(@"^[ \t]*```[ \t]*(?<lang>[A-Za-z0-9_+-]*)[^\n]*\n(?<code>.*?)^[ \t]*```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"^[ \t]*```[^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex OpeningFence();
}
