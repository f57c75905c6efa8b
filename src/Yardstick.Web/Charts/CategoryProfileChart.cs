using System.Globalization;
using Yardstick.Core.Evals;
using Yardstick.Core.Pages;
using Yardstick.Web.Formatting;

namespace Yardstick.Web.Charts;

/// <summary>
/// The comparison page's category profile: each category of the index (Index v2) as a pair of bars, one per model,
/// from <see cref="CategoryProfile"/>. A category a model has no eval of has no bar and says "not measured" in the
/// table and the summary, never a zero.
/// </summary>
internal static class CategoryProfileChart
{
    public const string Id = "compare-categories";

    /// <summary>The chart, or null when the index has no categories (v1) or neither model has any eval of it.</summary>
    public static Chart? Build(IndexDefinition index, ModelComparison cmp)
    {
        if (index.Categories.Count == 0)
            return null;
        var a = CategoryProfile.Of(index, cmp.MeasuredA.LatestEvals);
        var b = CategoryProfile.Of(index, cmp.MeasuredB.LatestEvals);
        if (a.All(c => c.Score is null) && b.All(c => c.Score is null))
            return null;
        var table = new ChartTable([new("name", "Category"), new("href", "href", InTable: false), new("part", "Model"), new("order", "order", InTable: false),
            new("score", "Score (0–100)", v => Format.Number(Convert.ToDouble(v, CultureInfo.InvariantCulture), "0.#")), new("evals", "From"), new("run", "Run")]) { LinkField = null };
        for (var i = 0; i < a.Count; i++)
        {
            table.Add(Label(a[i]), null, cmp.A.Name, 0, a[i].Score, a[i].Statement, a[i].RunIds.FirstOrDefault());
            table.Add(Label(b[i]), null, cmp.B.Name, 1, b[i].Score, b[i].Statement, b[i].RunIds.FirstOrDefault());
        }
        var summary = $"{index.Name} v{index.Version} by category, each the index-weighted mean of its measured evals: "
            + string.Join(" ", a.Select((c, i) => $"{Capitalised(c.Category)}: {cmp.A.Name} {Text(c)}, {cmp.B.Name} {Text(b[i])}."));
        var spec = VegaLite.PartBars(summary, table, ChartAxis.Score("score", "Score (0–100)"), "Model",
            [VegaLite.Tip("name", "Category", type: "nominal"), VegaLite.Tip("part", "Model", type: "nominal"), VegaLite.Tip("score", "Score (0–100)", ChartAxis.ScoreFormat),
             VegaLite.Tip("evals", "From", type: "nominal"), VegaLite.RunTip()], stacked: false);
        var unmeasured = a.Concat(b).Count(c => c.Score is null);
        return new Chart(Id, "Category profile", summary, spec, table)
        {
            Note = unmeasured == 0 ? null : $"{unmeasured} of {a.Count + b.Count} model categories not measured: no bar is drawn for them (not a zero).",
        };
    }

    private static string Label(CategoryScore c) => $"{c.Category} ({c.Weight * 100:0} %)";

    private static string Text(CategoryScore c) => c.Score is { } s ? Format.Number(s, "0.#") : "not measured";

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
