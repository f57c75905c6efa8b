using Yardstick.Core.Runs;
using Yardstick.Evals.Extraction;

namespace Yardstick.Evals.Model;

/// <summary>
/// An evaluation: dataset loader → prompt template → (completion through any provider) → answer extraction →
/// scorer → metric, with an id and a version. The version changes whenever prompts, extraction or scoring change,
/// so that scores of different versions are never mixed.
/// </summary>
public interface IEval
{
    /// <summary>The CLI name: <c>mmlu-pro</c>, <c>gsm8k</c>, <c>math-500</c>, <c>bbh</c>, <c>ifeval</c>, <c>truthfulqa-mc1</c>, <c>builtin-arith</c>, <c>builtin-mc</c>.</summary>
    string Id { get; }

    string Version { get; }

    /// <summary>Token budget per response unless the run says otherwise (room for chain-of-thought).</summary>
    int DefaultMaxTokens { get; }

    /// <summary>Reads the questions in their stable order; throws <see cref="EvalDataException"/> when the data is unusable as a whole.</summary>
    EvalDataset Load();

    /// <summary>Grades one response whose reasoning has been split off.</summary>
    EvalGrade Grade(EvalItem item, ResponseParts response);

    /// <summary>Grades one response; evals whose grading waits on something (a sandboxed program, a judge) do it here without blocking a thread.</summary>
    ValueTask<EvalGrade> GradeAsync(EvalItem item, ResponseParts response, CancellationToken cancellationToken = default) => ValueTask.FromResult(Grade(item, response));

    /// <summary>Null when the eval can run on this machine; otherwise why not (e.g. no code sandbox). Checked before the run starts.</summary>
    Task<string?> CheckReadyAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);

    /// <summary>Eval-specific figures computed from stored samples (e.g. IFEval's instruction-level accuracy); empty for most.</summary>
    IReadOnlyDictionary<string, double> Metrics(IReadOnlyList<SampleRecord> samples);
}
