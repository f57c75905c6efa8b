namespace Yardstick.Evals.Model;

/// <summary>An eval's questions in their stable order, with the lines that could not be read.</summary>
public sealed record EvalDataset(IReadOnlyList<EvalItem> Items, IReadOnlyList<DatasetProblem> Problems);
