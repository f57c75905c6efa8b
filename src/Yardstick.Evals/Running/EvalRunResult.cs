using Yardstick.Core.Evals;
using Yardstick.Core.Runs;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Running;

/// <summary>A finished run: its summary (the --json document), its record, its effective samples and the dataset lines that could not be read.</summary>
public sealed record EvalRunResult(EvalSummary Summary, RunRecord Run, IReadOnlyList<SampleRecord> Samples, IReadOnlyList<DatasetProblem> Problems, bool Resumed)
{
    /// <summary>Unfinished runs of the same configuration that were not resumed because another process holds their lease.</summary>
    public IReadOnlyList<RunRecord> HeldElsewhere { get; init; } = [];
}
