using System.Text.RegularExpressions;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary>
/// Builds the case-insensitive regex the official keyword checkers use: the keyword itself is the
/// pattern (not escaped), exactly as <c>re.search(keyword, value, flags=re.IGNORECASE)</c>.
/// </summary>
internal static class KeywordPattern
{
    public static Regex Create(string instructionId, string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"IFEval instruction '{instructionId}': '{pattern}' is not a valid pattern: {ex.Message}", ex);
        }
    }
}
