using System.Globalization;
using System.Text.Json;
using Yardstick.Evals.Datasets;
using Yardstick.Evals.Extraction;
using Yardstick.Core.Evals;
using Yardstick.Evals.Judging;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>
/// GSM8K (Cobbe et al. 2021), <c>gsm8k/test.jsonl</c>: zero-shot chain of thought ending "Answer: N"; correct when the
/// last anchored number equals the reference after "####" (18 = 18.00 = $18); loose = the last number anywhere.
/// Prompt id = zero-based line number.
/// </summary>
public sealed class Gsm8kEval(string? dataDirectory) : JsonLinesEval<EvalItem>(dataDirectory), IJudgedEval
{
    public const string Name = "gsm8k";

    public override string Id => Name;
    public override string Version => "1";
    public override int DefaultMaxTokens => 1024;
    protected override string[] RelativePath => ["gsm8k", "test.jsonl"];

    protected override EvalItem Parse(int lineIndex, JsonElement row)
    {
        var question = DataFiles.String(row, "question");
        var solution = DataFiles.String(row, "answer");
        var marker = solution.LastIndexOf("####", StringComparison.Ordinal);
        var reference = marker < 0 ? null : NumberExtractor.FirstNumber(solution[(marker + 4)..]);
        if (reference is null)
            throw new FormatException("answer has no final '#### N'");
        var prompt = "Solve the following math problem step by step. The last line of your response should be of the form \"Answer: N\" where N is the final number.\n\n" + question;
        return new EvalItem(lineIndex.ToString(CultureInfo.InvariantCulture), prompt, reference);
    }

    protected override EvalGrade Grade(EvalItem item, string answer)
    {
        var extracted = NumberExtractor.Extract(answer);
        var loose = NumberExtractor.ExtractLoose(answer);
        return new EvalGrade(extracted, NumberExtractor.NumbersEqual(extracted, item.Reference), NumberExtractor.NumbersEqual(loose, item.Reference));
    }

    // With --judge-model the judge grades too, and its verdicts are compared with exact match (agreement, kappa).
    public bool JudgeDecides => false;

    public JudgeCase JudgeCaseFor(EvalItem item, string answer) => JudgedExactMatch.CaseFor(item, answer);

    public EvalGrade GradeByVerdict(EvalItem item, string answer, JudgeVerdict verdict) => JudgedExactMatch.GradeByVerdict(answer, verdict);
}
