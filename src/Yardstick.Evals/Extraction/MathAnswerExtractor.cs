
namespace Yardstick.Evals.Extraction;

/// <summary>The final answer of a math solution: the content of the last anchored answer (<c>\boxed{}</c>, "Answer:", "the answer is"), wrappers stripped.</summary>
public static class MathAnswerExtractor
{
    public static string? Extract(string answerText)
    {
        var candidate = AnchoredAnswerFinder.FindLast(answerText);
        if (candidate is null)
            return null;
        var value = candidate.Anchor == AnchorKind.Boxed ? candidate.Text.Trim() : AnswerCleaner.Clean(candidate.Text);
        return value.Length == 0 ? null : value;
    }
}
