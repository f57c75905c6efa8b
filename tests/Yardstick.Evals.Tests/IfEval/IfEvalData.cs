using System.Text.Json;

namespace Yardstick.Evals.Tests.IfEval;

/// <summary>The public IFEval files under ../shared/data/evals/ifeval (see its SOURCE.txt); absent files skip the test.</summary>
internal static class IfEvalData
{
    public const string InputFile = "input_data.jsonl";
    public const string ResponsesFile = "input_response_data_gpt4_20231107_145030.jsonl";
    public const string StrictResultsFile = "gpt4_eval_results_strict.half.jsonl";
    public const string LooseResultsFile = "gpt4_eval_results_loose.half.jsonl";

    public static string PathOf(string file) => SharedData.Path("evals", "ifeval", file);

    /// <summary>Maps each line's "prompt" to the line's JSON (IFEval joins inputs, responses and results by prompt text).</summary>
    public static Dictionary<string, JsonElement> ByPrompt(string file) =>
        SharedData.ReadJsonLines(PathOf(file)).ToDictionary(e => e.GetProperty("prompt").GetString()!, StringComparer.Ordinal);
}
