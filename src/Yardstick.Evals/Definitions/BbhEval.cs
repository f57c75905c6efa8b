using System.Globalization;
using System.Text.Json;
using Yardstick.Evals.Datasets;
using Yardstick.Evals.Model;
using Yardstick.Evals.Scoring;

namespace Yardstick.Evals.Definitions;

/// <summary>
/// BIG-Bench Hard (Suzgun et al. 2022), 27 tasks in <c>bbh/&lt;task&gt;.json</c>: zero-shot chain of thought ending
/// "So the answer is X."; exact match after normalisation (<see cref="BbhAnswer"/>). Prompt id =
/// <c>&lt;task&gt;/&lt;zero-based index&gt;</c>; tasks are interleaved so that <c>--limit</c> covers all of them.
/// </summary>
public sealed class BbhEval(string? dataDirectory) : Eval<BbhItem>
{
    public const string Name = "bbh";

    public override string Id => Name;
    public override string Version => "1";

    public override EvalDataset Load()
    {
        var problems = new List<DatasetProblem>();
        var groups = new List<IReadOnlyList<EvalItem>>();
        foreach (var file in DataFiles.RequireAll(dataDirectory, Id, "bbh", "*.json"))
        {
            var task = Path.GetFileNameWithoutExtension(file);
            JsonElement root;
            try
            {
                root = DataFiles.ReadJson(file);
            }
            catch (EvalDataException e)
            {
                problems.Add(new DatasetProblem(file, 0, e.Message));
                continue;
            }
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("examples", out var examples) || examples.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new DatasetProblem(file, 0, "expected {\"examples\": [...]}"));
                continue;
            }
            var items = new List<EvalItem>();
            var index = 0;
            foreach (var example in examples.EnumerateArray())
            {
                try
                {
                    var input = DataFiles.String(example, "input");
                    var target = DataFiles.String(example, "target");
                    var prompt = input + "\n\nThink step by step, then finish your response with \"So the answer is X.\" where X is the answer in the form the question asks for.";
                    items.Add(new BbhItem(string.Create(CultureInfo.InvariantCulture, $"{task}/{index}"), prompt, target, BbhAnswer.OptionsOf(input)));
                }
                catch (FormatException e)
                {
                    problems.Add(new DatasetProblem(file, index, $"example {index}: {e.Message}"));
                }
                index++;
            }
            groups.Add(items);
        }
        return new EvalDataset(DataFiles.Interleave(groups), problems);
    }

    protected override EvalGrade Grade(BbhItem item, string answer)
    {
        var extracted = BbhAnswer.Extract(answer);
        return new EvalGrade(extracted, BbhAnswer.Matches(extracted, item.Reference, item.Options));
    }
}
