using System.Text.Json;
using Yardstick.Evals.Datasets;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Definitions;

/// <summary>Base for evals read from one JSON-lines file: each line becomes an item, or a reported problem with file and line.</summary>
public abstract class JsonLinesEval<TItem>(string? dataDirectory) : Eval<TItem> where TItem : EvalItem
{
    /// <summary>The file under the data folder, e.g. <c>["gsm8k", "test.jsonl"]</c>.</summary>
    protected abstract string[] RelativePath { get; }

    /// <summary>Builds one item from a parsed line; throws <see cref="FormatException"/> for a line it cannot use.</summary>
    protected abstract TItem Parse(int lineIndex, JsonElement row);

    public override EvalDataset Load()
    {
        var path = DataFiles.Require(dataDirectory, Id, RelativePath);
        var items = new List<EvalItem>();
        var problems = new List<DatasetProblem>();
        foreach (var line in DataFiles.ReadJsonLines(path))
        {
            try
            {
                if (!line.IsValid)
                    throw new FormatException(line.Error);
                items.Add(Parse(line.Index, line.Value));
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException)
            {
                problems.Add(new DatasetProblem(path, line.Index + 1, e.Message));
            }
        }
        return new EvalDataset(items, problems);
    }
}
