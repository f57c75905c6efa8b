using Yardstick.Core.Evals;
using Yardstick.Core.Runs;
using Yardstick.Evals.Judging;

namespace Yardstick.Evals.Model;

/// <summary>
/// An eval an LLM judge can grade (<c>--judge-model</c>). Where <see cref="JudgeDecides"/> is false, exact match
/// grades and the judge's verdicts are compared with it (agreement and Cohen's kappa in the summary); where it is
/// true, the verdict is the grade and the eval refuses to run without a judge.
/// </summary>
public interface IJudgedEval : IEval
{
    bool JudgeDecides { get; }

    /// <summary>What the judge is asked about one answer (reasoning already removed).</summary>
    JudgeCase JudgeCaseFor(EvalItem item, string answer);

    /// <summary>The grade a verdict gives (used when <see cref="JudgeDecides"/>).</summary>
    EvalGrade GradeByVerdict(EvalItem item, string answer, JudgeVerdict verdict);

    /// <summary>Eval-specific parts of the summary computed from the stored samples (e.g. the abstention figures).</summary>
    EvalSummary Summarise(EvalSummary summary, IReadOnlyList<SampleRecord> samples) => summary;
}
