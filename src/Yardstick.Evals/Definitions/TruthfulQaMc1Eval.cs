using System.Text.Json;
using Yardstick.Evals.Datasets;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>
/// TruthfulQA MC1 (Lin et al. 2021, 2025 revision, <c>truthfulqa/mc_task.json</c>): one true answer among
/// several; the published file lists the true one first, so the options are shuffled with a seed derived from the
/// question (the same order on every run and machine). Prompt id = zero-based position in the file.
/// </summary>
public sealed class TruthfulQaMc1Eval(string? dataDirectory) : ChoiceEval
{
    public const string Name = "truthfulqa-mc1";

    public override string Id => Name;
    public override string Version => "1";
    public override int DefaultMaxTokens => 1024;

    public override EvalDataset Load()
    {
        var path = DataFiles.Require(dataDirectory, Id, "truthfulqa", "mc_task.json");
        var root = DataFiles.ReadJson(path);
        if (root.ValueKind != JsonValueKind.Array)
            throw new EvalDataException($"{path}: expected a JSON array of questions.");
        var items = new List<EvalItem>();
        var problems = new List<DatasetProblem>();
        var index = 0;
        foreach (var row in root.EnumerateArray())
        {
            try
            {
                items.Add(Parse(index, row));
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException)
            {
                problems.Add(new DatasetProblem(path, index, $"question {index}: {e.Message}"));
            }
            index++;
        }
        return new EvalDataset(items, problems);
    }

    private static ChoiceItem Parse(int index, JsonElement row)
    {
        var question = DataFiles.String(row, "question");
        var targets = row.GetProperty("mc1_targets").EnumerateObject().Select(p => (Text: p.Name, True: p.Value.GetInt32() == 1)).ToList();
        if (targets.Count(t => t.True) != 1 || targets.Count < 2)
            throw new FormatException("mc1_targets must hold exactly one true answer among at least two");
        var shuffled = StableShuffle(targets, question);
        var options = shuffled.Select(t => t.Text).ToList();
        var answer = LetterOf(shuffled.FindIndex(t => t.True));
        var prompt = FormatPrompt(
            "Answer the following multiple choice question; exactly one option is true.",
            question, options,
            "Think briefly if you need to, then finish your response with \"Answer: X\" where X is the letter of the true option.");
        return new ChoiceItem(index.ToString(System.Globalization.CultureInfo.InvariantCulture), prompt, answer, options);
    }

    // string.GetHashCode is randomised per process; FNV-1a of the question is stable everywhere.
    private static List<T> StableShuffle<T>(IReadOnlyList<T> items, string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
            hash = (hash ^ c) * 16777619u;
        var random = new Random((int)hash);
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}
