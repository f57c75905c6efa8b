using Yardstick.Core.Evals;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Judging;

/// <summary>
/// The judge's side of an exact-match eval (gsm8k, math-500): the whole prompt as the question (it holds the
/// problem verbatim), the reference answer as the one correct answer, no incorrect list.
/// </summary>
public static class JudgedExactMatch
{
    public static JudgeCase CaseFor(EvalItem item, string answer)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new JudgeCase(item.Prompt, [item.Reference], [], answer);
    }

    public static EvalGrade GradeByVerdict(string answer, JudgeVerdict verdict) =>
        new(verdict == JudgeVerdict.Abstained ? null : answer, verdict == JudgeVerdict.Correct);
}
