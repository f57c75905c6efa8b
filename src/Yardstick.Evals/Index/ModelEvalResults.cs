using System.Text.Json;
using Yardstick.Core.Evals;
using Yardstick.Core.Runs;
using Yardstick.Evals.Definitions;

namespace Yardstick.Evals.Index;

/// <summary>
/// A model's eval results as pages show them: for each eval, the summary of the run that counts (completed, current
/// eval version; a whole-dataset run before a partial one, then the one with most questions, then the most recent),
/// and the index computed from them.
/// </summary>
public static class ModelEvalResults
{
    /// <summary>The counting summary per eval for the model, matched by catalog slug or endpoint model id.</summary>
    public static async Task<IReadOnlyList<EvalSummary>> LatestSummariesAsync(IRunStore store, string model, CancellationToken cancellationToken = default)
    {
        var runs = await store.ListRunsAsync(new RunQuery(Kind: RunKind.Eval, Status: RunStatus.Completed, Limit: 10_000), cancellationToken);
        var summaries = new List<EvalSummary>();
        foreach (var group in runs.Where(r => r.ModelSlug == model || r.ModelId == model).GroupBy(r => r.Task, StringComparer.Ordinal))
        {
            var current = CurrentVersion(group.Key);
            var candidates = new List<EvalSummary>();
            foreach (var run in group.Where(r => current is null || r.TaskVersion == current))
                if (await SummaryOfAsync(store, run, cancellationToken) is { } summary)
                    candidates.Add(summary);
            var best = candidates
                .OrderByDescending(s => s.DatasetItems is { } items && s.Questions >= items)
                .ThenByDescending(s => s.Questions)
                .ThenByDescending(s => runs.First(r => r.Id == s.RunId).StartedUtc)
                .FirstOrDefault();
            if (best is not null)
                summaries.Add(best);
        }
        return summaries.OrderBy(s => s.Eval, StringComparer.Ordinal).ToList();
    }

    /// <summary>The model's index under a definition (default: the current Yardstick Index).</summary>
    public static async Task<IndexResult> IndexAsync(IRunStore store, string model, IndexDefinition? definition = null, CancellationToken cancellationToken = default) =>
        IndexCalculator.Compute(definition ?? YardstickIndex.Current, await LatestSummariesAsync(store, model, cancellationToken));

    /// <summary>A run's summary: the stored one, else recomputed from its samples (cost then unavailable: no price is stored with the run).</summary>
    public static async Task<EvalSummary?> SummaryOfAsync(IRunStore store, RunRecord run, CancellationToken cancellationToken = default)
    {
        if (run.SummaryJson is { } json)
        {
            try
            {
                if (JsonSerializer.Deserialize<EvalSummary>(json) is { } stored)
                    return stored with { RunId = run.Id };
            }
            catch (JsonException)
            {
                // A summary written by an older build that no longer parses: the samples are the source of truth.
            }
        }
        var samples = await store.GetSamplesAsync(run.Id, cancellationToken);
        return samples.Count == 0 ? null : EvalAnalysis.Summarise(run.Task, run.TaskVersion ?? "", samples, null, run.Id);
    }

    private static string? CurrentVersion(string evalId)
    {
        try
        {
            return EvalRegistry.Create(evalId, dataDirectory: null).Version;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
