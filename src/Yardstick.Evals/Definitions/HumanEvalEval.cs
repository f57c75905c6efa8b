using System.Text.Json;
using Yardstick.Core.Runs;
using Yardstick.Core.Sandbox;
using Yardstick.Core.Statistics;
using Yardstick.Evals.Datasets;
using Yardstick.Evals.Extraction;
using Yardstick.Evals.Model;
using Yardstick.Evals.Scoring;

namespace Yardstick.Evals.Definitions;

/// <summary>
/// HumanEval (Chen et al. 2021), <c>humaneval/HumanEval.jsonl.gz</c>: the task's code shown verbatim, the complete
/// function asked for in a Python code block; the code (<see cref="CodeExtractor"/>) completed into a program by
/// <see cref="HumanEvalProgram"/> and run with the official test in the <see cref="ICodeSandbox"/>; correct when
/// <c>check(entry_point)</c> passes. Score = pass@1; with several samples per task (epochs) <see cref="Metrics"/> adds
/// pass@k (unbiased estimator). Prompt id = <c>task_id</c>. Never runs model code without the sandbox.
/// </summary>
public sealed class HumanEvalEval(string? dataDirectory, ICodeSandbox? sandbox) : JsonLinesEval<CodeTaskItem>(dataDirectory)
{
    public const string Name = "humaneval";
    private const int StderrKept = 2000;

    public override string Id => Name;
    public override string Version => "1";
    protected override string[] RelativePath => ["humaneval", "HumanEval.jsonl.gz"];

    /// <summary>The instruction before the task's code.</summary>
    public const string Instruction =
        "Complete the following Python function. Reply with the complete function, including its signature and any imports it needs, in a single ```python code block.";

    protected override CodeTaskItem Parse(int lineIndex, JsonElement row)
    {
        var taskCode = DataFiles.String(row, "prompt");
        var prompt = Instruction + "\n\n```python\n" + taskCode.TrimEnd('\n') + "\n```";
        return new CodeTaskItem(DataFiles.String(row, "task_id"), prompt, DataFiles.String(row, "canonical_solution"), taskCode,
            DataFiles.String(row, "test"), DataFiles.String(row, "entry_point"));
    }

    public override async Task<string?> CheckReadyAsync(CancellationToken cancellationToken = default) =>
        sandbox is null
            ? "humaneval runs model-written code and needs the code sandbox (bubblewrap); none was given. Model-written code is never run on the host."
            : await sandbox.CheckAsync(cancellationToken);

    public override async ValueTask<EvalGrade> GradeAsync(EvalItem item, ResponseParts response, CancellationToken cancellationToken = default)
    {
        if (item is not CodeTaskItem task)
            throw new ArgumentException($"Eval {Id} cannot grade a {item.GetType().Name}.", nameof(item));
        if (response.Answer is null || CodeExtractor.Extract(response.Answer) is not { } code)
            return EvalGrade.NoAnswer(correctLoose: false);
        if (sandbox is null)
            throw new SandboxUnavailableException("humaneval needs the code sandbox; none was given.");
        var result = await sandbox.RunAsync(HumanEvalProgram.Build(task, code), cancellationToken);
        var stderr = result.Stderr.Length > StderrKept ? result.Stderr[^StderrKept..] : result.Stderr;
        var details = JsonSerializer.Serialize(new CodeRunDetails(result.Verdict, result.ExitCode, result.TimedOut,
            HumanEvalProgram.DefinesEntryPoint(code, task.EntryPoint), Math.Round(result.WallTime.TotalSeconds, 3), stderr));
        return new EvalGrade(code, result.Passed, result.Passed, result.Passed ? 1 : 0, details);
    }

    protected override EvalGrade Grade(CodeTaskItem item, string answer) =>
        GradeAsync(item, new ResponseParts(answer, "", false)).AsTask().GetAwaiter().GetResult();

    /// <summary>pass@k for k = 1, 5, 10, 100 up to the fewest samples any task got (failed requests count as failing samples).</summary>
    public override IReadOnlyDictionary<string, double> Metrics(IReadOnlyList<SampleRecord> samples) => PassAtKMetrics.Of(samples);
}
