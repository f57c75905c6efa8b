using System.Text.Json;
using Yardstick.Evals.Datasets;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>
/// MMLU-Pro (Wang et al. 2024): up to 10 options, zero-shot chain of thought, graded on the letter of the last
/// "The answer is (X)". Files <c>mmlu-pro/test_&lt;category&gt;.jsonl</c>; prompt id = <c>question_id</c>; the
/// categories are interleaved so that <c>--limit</c> covers all of them.
/// </summary>
public sealed class MmluProEval(string? dataDirectory) : ChoiceEval
{
    public const string Name = "mmlu-pro";

    public override string Id => Name;
    public override string Version => "1";

    public override EvalDataset Load()
    {
        var problems = new List<DatasetProblem>();
        var groups = new List<IReadOnlyList<EvalItem>>();
        foreach (var file in DataFiles.RequireAll(dataDirectory, Id, "mmlu-pro", "test_*.jsonl"))
        {
            var items = new List<EvalItem>();
            foreach (var line in DataFiles.ReadJsonLines(file))
            {
                try
                {
                    if (!line.IsValid)
                        throw new FormatException(line.Error);
                    items.Add(Parse(line.Value));
                }
                catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException)
                {
                    problems.Add(new DatasetProblem(file, line.Index + 1, e.Message));
                }
            }
            groups.Add(items);
        }
        return new EvalDataset(DataFiles.Interleave(groups), problems);
    }

    private static ChoiceItem Parse(JsonElement row)
    {
        var id = row.GetProperty("question_id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var question = DataFiles.String(row, "question");
        var options = row.GetProperty("options").EnumerateArray().Select(o => o.GetString() ?? throw new FormatException("option is not a string")).ToList();
        var answer = DataFiles.String(row, "answer");
        if (options.Count < 2 || answer.Length != 1 || answer[0] - 'A' >= options.Count || answer[0] < 'A')
            throw new FormatException($"answer '{answer}' does not name one of {options.Count} options");
        var category = row.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "general knowledge";
        var prompt = FormatPrompt(
            $"The following is a multiple choice question about {category}.",
            question, options,
            "Think step by step, then finish your response with \"The answer is (X)\" where X is the letter of the correct option.");
        return new ChoiceItem(id, prompt, answer, options);
    }
}
