using System.Text.RegularExpressions;

namespace Yardstick.Evals.Extraction;

/// <summary>
/// Strips the wrappers models put around a final answer (<c>**B**</c>, <c>$42$</c>, <c>\boxed{B}</c>,
/// <c>\text{B}</c>, a trailing full stop) so that <c>ANSWER: **A**</c> is read as A, not scored wrong.
/// </summary>
public static partial class AnswerCleaner
{
    public static string Clean(string value)
    {
        var text = value.Trim();
        for (var pass = 0; pass < 3; pass++)
        {
            var before = text;
            text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
            text = BalancedBraces.Unwrap(text, @"\boxed");
            text = BalancedBraces.Unwrap(text, @"\fbox");
            text = BalancedBraces.Unwrap(text, @"\text");
            text = BalancedBraces.Unwrap(text, @"\textbf");
            text = BalancedBraces.Unwrap(text, @"\mathbf");
            text = text.Replace("\\$", "\u0001", StringComparison.Ordinal).Replace("$", "", StringComparison.Ordinal)
                .Replace("\u0001", "\\$", StringComparison.Ordinal);
            text = text.Replace("\\(", "", StringComparison.Ordinal).Replace("\\)", "", StringComparison.Ordinal)
                .Replace("\\[", "", StringComparison.Ordinal).Replace("\\]", "", StringComparison.Ordinal);
            text = TrailingPunctuation().Replace(text.Trim(), "");
            text = text.Trim().Trim('*', '_', '`', '"', '\'', '“', '”').Trim();
            if (text == before)
                break;
        }
        return text;
    }

    [GeneratedRegex(@"[\s.。]+$")]
    private static partial Regex TrailingPunctuation();
}
