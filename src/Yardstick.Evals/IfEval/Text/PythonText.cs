using System.Globalization;
using System.Text;

namespace Yardstick.Evals.IfEval.Text;

/// <summary>
/// The Python 3 <c>str</c> semantics the official IFEval checker relies on (strip, isupper,
/// islower, split). .NET's nearest equivalents differ at the edges (which characters count as
/// whitespace, what "cased" means), and those edges decide whether an instruction passes.
/// </summary>
internal static class PythonText
{
    /// <summary>Python's <c>str.isspace</c> for one UTF-16 unit (every Python whitespace is in the BMP).</summary>
    public static bool IsSpace(char c) =>
        c is (>= '\t' and <= '\r') or (>= '\x1c' and <= ' ') or '\x85' or '\xa0' or '\u1680'
            or (>= '\u2000' and <= '\u200a') or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000';

    /// <summary>Python's <c>str.strip()</c>.</summary>
    public static string Strip(string value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && IsSpace(value[start]))
            start++;
        while (end > start && IsSpace(value[end - 1]))
            end--;
        return value[start..end];
    }

    /// <summary>Python's <c>str.strip(chars)</c>: strips any of <paramref name="chars"/> from both ends.</summary>
    public static string Strip(string value, string chars) => RStrip(LStrip(value, chars), chars);

    public static string LStrip(string value, string chars)
    {
        var start = 0;
        while (start < value.Length && chars.Contains(value[start], StringComparison.Ordinal))
            start++;
        return value[start..];
    }

    public static string RStrip(string value, string chars)
    {
        var end = value.Length;
        while (end > 0 && chars.Contains(value[end - 1], StringComparison.Ordinal))
            end--;
        return value[..end];
    }

    /// <summary>Python's <c>str.split()</c> with no separator: runs of whitespace, no empty items.</summary>
    public static IReadOnlyList<string> SplitWhitespace(string value)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && IsSpace(value[i]))
                i++;
            var start = i;
            while (i < value.Length && !IsSpace(value[i]))
                i++;
            if (i > start)
                parts.Add(value[start..i]);
        }
        return parts;
    }

    /// <summary>Python's <c>str.lower()</c> (simple case mapping, which is what matters for IFEval's ASCII-heavy checks).</summary>
    public static string Lower(string value) => value.ToLowerInvariant();

    /// <summary>Python's <c>str.isupper()</c>: at least one cased character and no lower- or title-case one.</summary>
    public static bool IsUpper(string value) => HasOnlyCase(value, UnicodeCategory.UppercaseLetter);

    /// <summary>Python's <c>str.islower()</c>: at least one cased character and no upper- or title-case one.</summary>
    public static bool IsLower(string value) => HasOnlyCase(value, UnicodeCategory.LowercaseLetter);

    private static bool HasOnlyCase(string value, UnicodeCategory wanted)
    {
        var sawCased = false;
        foreach (var rune in value.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter)
            {
                if (category != wanted)
                    return false;
                sawCased = true;
            }
        }
        return sawCased;
    }
}
