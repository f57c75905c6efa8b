using System.Text.Json;
using Yardstick.Evals.Datasets;
using Yardstick.Evals.Extraction;
using Yardstick.Core.Evals;
using Yardstick.Evals.Judging;
using Yardstick.Evals.Model;
using Yardstick.Evals.Scoring;

namespace Yardstick.Evals.Definitions;

/// <summary>
/// MATH-500 (Lightman et al. 2023), <c>math500/test.jsonl</c>: final answer in <c>\boxed{}</c>, graded by
/// equivalence (fractions, LaTeX forms, units, intervals; <see cref="MathEquivalence"/>). Prompt id = <c>unique_id</c>.
/// </summary>
public sealed class Math500Eval(string? dataDirectory) : JsonLinesEval<EvalItem>(dataDirectory), IJudgedEval
{
    public const string Name = "math-500";

    public override string Id => Name;
    public override string Version => "1";
    public override int DefaultMaxTokens => 4096;
    protected override string[] RelativePath => ["math500", "test.jsonl"];

    protected override EvalItem Parse(int lineIndex, JsonElement row)
    {
        var problem = DataFiles.String(row, "problem");
        var answer = DataFiles.String(row, "answer");
        var id = DataFiles.String(row, "unique_id");
        // The id keys the stored samples (resume, cache, pairing): an empty one would merge unrelated questions.
        if (string.IsNullOrWhiteSpace(id))
            throw new FormatException("empty 'unique_id'");
        var prompt = "Solve the following math problem. Show your reasoning, then give the final answer as \\boxed{ANSWER}.\n\n" + problem;
        return new EvalItem(id, prompt, answer);
    }

    protected override EvalGrade Grade(EvalItem item, string answer)
    {
        var extracted = MathAnswerExtractor.Extract(answer);
        return new EvalGrade(extracted, MathEquivalence.AreEquivalent(extracted, item.Reference));
    }

    // With --judge-model the judge grades too, and its verdicts are compared with exact match (agreement, kappa).
    public bool JudgeDecides => false;

    public JudgeCase JudgeCaseFor(EvalItem item, string answer) => JudgedExactMatch.CaseFor(item, answer);

    public EvalGrade GradeByVerdict(EvalItem item, string answer, JudgeVerdict verdict) => JudgedExactMatch.GradeByVerdict(answer, verdict);
}
