namespace Yardstick.Evals.Extraction;

/// <summary>Finds LaTeX commands' brace arguments with nesting, which a regular expression cannot do.</summary>
public static class BalancedBraces
{
    /// <summary>Every <c>\command{…}</c> of the given names with its start position and its balanced content; unclosed ones are skipped.</summary>
    public static IEnumerable<(int Position, string Content)> FindAll(string text, params string[] commands)
    {
        foreach (var command in commands)
        {
            var at = 0;
            while ((at = text.IndexOf(command, at, StringComparison.Ordinal)) >= 0)
            {
                var start = at;
                at += command.Length;
                var brace = at;
                while (brace < text.Length && text[brace] == ' ')
                    brace++;
                if (brace >= text.Length || text[brace] != '{')
                    continue;
                var content = ReadGroup(text, brace);
                if (content is not null)
                    yield return (start, content);
            }
        }
    }

    /// <summary>The content of the brace group opening at <paramref name="openBrace"/>, or null when it never closes.</summary>
    public static string? ReadGroup(string text, int openBrace)
    {
        var depth = 0;
        for (var i = openBrace; i < text.Length; i++)
        {
            if (text[i] == '{')
                depth++;
            else if (text[i] == '}' && --depth == 0)
                return text.Substring(openBrace + 1, i - openBrace - 1);
        }
        return null;
    }

    /// <summary>Replaces each <c>\command{X}</c> by X (innermost groups kept balanced).</summary>
    public static string Unwrap(string text, string command)
    {
        var at = text.IndexOf(command + "{", StringComparison.Ordinal);
        while (at >= 0)
        {
            var content = ReadGroup(text, at + command.Length);
            if (content is null)
                break;
            text = string.Concat(text.AsSpan(0, at), content, text.AsSpan(at + command.Length + content.Length + 2));
            at = text.IndexOf(command + "{", at, StringComparison.Ordinal);
        }
        return text;
    }
}
