namespace Yardstick.Evals.Scoring;

/// <summary>
/// Decides whether two final answers of a math problem are the same: equal canonical strings
/// (<see cref="MathNormaliser"/>), or equal values (<see cref="LatexNumber"/>: ½ = 0.5 = \frac{1}{2}), or, for
/// tuples and intervals, equal brackets and equal elements in order; for bare comma lists ("1, -2") equal elements
/// in any order, as MATH asks for "all solutions, separated by commas".
/// </summary>
public static class MathEquivalence
{
    public static bool AreEquivalent(string? answer, string? reference)
    {
        if (answer is null || reference is null)
            return false;
        return NormalisedEquivalent(MathNormaliser.Normalise(answer), MathNormaliser.Normalise(reference), depth: 0);
    }

    private static bool NormalisedEquivalent(string a, string b, int depth)
    {
        if (a.Length == 0 || b.Length == 0)
            return false;
        if (string.Equals(a, b, StringComparison.Ordinal))
            return true;
        if (LatexNumber.TryEvaluate(a) is { } x && LatexNumber.TryEvaluate(b) is { } y)
            return Math.Abs(x - y) <= 1e-6 * Math.Max(1, Math.Abs(y));
        if (depth > 2)
            return false;
        if (IsBracketed(a) && IsBracketed(b))
        {
            if (a[0] != b[0] || a[^1] != b[^1])
                return false;
            var left = SplitTopLevel(a[1..^1]);
            var right = SplitTopLevel(b[1..^1]);
            return left.Count == right.Count && left.Count > 1 && left.Zip(right).All(p => NormalisedEquivalent(p.First, p.Second, depth + 1));
        }
        var listA = SplitTopLevel(a);
        var listB = SplitTopLevel(b);
        if (listA.Count > 1 && listA.Count == listB.Count)
        {
            var unmatched = listB.ToList();
            foreach (var item in listA)
            {
                var match = unmatched.FindIndex(other => NormalisedEquivalent(item, other, depth + 1));
                if (match < 0)
                    return false;
                unmatched.RemoveAt(match);
            }
            return true;
        }
        return false;
    }

    private static bool IsBracketed(string text) => text.Length >= 2 && text[0] is '(' or '[' && text[^1] is ')' or ']';

    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }
}
