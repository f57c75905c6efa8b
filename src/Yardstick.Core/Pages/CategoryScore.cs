namespace Yardstick.Core.Pages;

/// <summary>
/// One category of an index for one model: its share of the index, the score (0–100) over the category's evals that
/// were measured, weighted as the index weighs them, the evals measured and missing, and the runs; Score is null when
/// no eval of the category was run.
/// </summary>
public sealed record CategoryScore(string Category, double Weight, double? Score, IReadOnlyList<string> Measured, IReadOnlyList<string> Missing, IReadOnlyList<string> RunIds)
{
    /// <summary>"not measured (no humaneval or tool-use run)", "from mmlu-pro and bbh (no truthfulqa-mc1 run)", "from every eval".</summary>
    public string Statement => Score is null ? $"not measured (no {Or(Missing)} run)"
        : Missing.Count == 0 ? "from every eval of the category"
        : $"from {string.Join(" and ", Measured)} only (no {Or(Missing)} run)";

    private static string Or(IReadOnlyList<string> evals) => evals.Count <= 1 ? string.Join("", evals) : $"{string.Join(", ", evals.Take(evals.Count - 1))} or {evals[^1]}";
}
