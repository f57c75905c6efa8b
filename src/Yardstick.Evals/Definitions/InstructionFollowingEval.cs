using System.Text.Json;
using Yardstick.Core.Runs;
using Yardstick.Evals.Datasets;
using Yardstick.Evals.IfEval;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>
/// IFEval (Zhou et al. 2023), <c>ifeval/input_data.jsonl</c>: the prompt verbatim; the response (reasoning removed,
/// so a think trace cannot break "no commas" or "all lowercase") is checked by the 25 verifiable-instruction checkers.
/// Score = prompt-level strict; loose and instruction-level figures in <see cref="Metrics"/>. Prompt id = <c>key</c>.
/// </summary>
public sealed class InstructionFollowingEval(string? dataDirectory) : Eval<InstructionItem>
{
    public const string Name = "ifeval";

    public override string Id => Name;
    public override string Version => "1";

    public override EvalDataset Load()
    {
        var path = DataFiles.Require(dataDirectory, Id, "ifeval", "input_data.jsonl");
        var items = new List<EvalItem>();
        var problems = new List<DatasetProblem>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                items.Add(new InstructionItem(IfEvalItem.ParseJsonLine(line)));
            }
            catch (FormatException e)
            {
                problems.Add(new DatasetProblem(path, lineNumber, e.Message));
            }
        }
        return new EvalDataset(items, problems);
    }

    protected override EvalGrade Grade(InstructionItem item, string answer)
    {
        var result = IfEvalGrader.Grade(item.Source, answer);
        var details = JsonSerializer.Serialize(new InstructionDetails(item.Source.InstructionIds, result.InstructionStrict, result.InstructionLoose));
        return new EvalGrade(answer, result.PromptStrict, result.PromptLoose, result.PromptStrict ? 1 : 0, details);
    }

    protected override EvalGrade NoAnswer(InstructionItem item)
    {
        var none = item.Source.InstructionIds.Select(_ => false).ToList();
        return EvalGrade.NoAnswer(correctLoose: false, JsonSerializer.Serialize(new InstructionDetails(item.Source.InstructionIds, none, none)));
    }

    /// <summary>
    /// <c>prompt_strict</c>, <c>prompt_loose</c>, <c>instruction_strict</c>, <c>instruction_loose</c> (0–1), over the
    /// samples that got a response (failed requests carry no instruction verdicts and count in the headline score only).
    /// </summary>
    public override IReadOnlyDictionary<string, double> Metrics(IReadOnlyList<SampleRecord> samples)
    {
        var graded = samples.Where(s => s.DetailsJson is not null)
            .Select(s => (Sample: s, Details: JsonSerializer.Deserialize<InstructionDetails>(s.DetailsJson!)))
            .Where(p => p.Details is not null).ToList();
        if (graded.Count == 0)
            return new Dictionary<string, double>();
        var instructions = graded.Sum(p => p.Details!.Strict.Count);
        return new Dictionary<string, double>
        {
            ["prompt_strict"] = graded.Average(p => p.Sample.Correct == true ? 1.0 : 0.0),
            ["prompt_loose"] = graded.Average(p => p.Sample.CorrectLoose == true ? 1.0 : 0.0),
            ["instruction_strict"] = instructions == 0 ? 0 : (double)graded.Sum(p => p.Details!.Strict.Count(b => b)) / instructions,
            ["instruction_loose"] = instructions == 0 ? 0 : (double)graded.Sum(p => p.Details!.Loose.Count(b => b)) / instructions,
        };
    }
}
