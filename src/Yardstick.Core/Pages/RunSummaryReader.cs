using System.Text.Json;
using System.Text.Json.Serialization;
using Yardstick.Core.Evals;
using Yardstick.Core.Metrics;
using Yardstick.Core.Probes;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Pages;

/// <summary>Reads a run's <see cref="RunRecord.SummaryJson"/> into the typed summary of its kind.</summary>
public static class RunSummaryReader
{
    // Eval summaries are read leniently: NaN literals and either casing are accepted rather than hiding the run.
    private static readonly JsonSerializerOptions EvalOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals | JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>The perf summary, or null with the reason it could not be read.</summary>
    /// <remarks>Perf summaries use the CLI's own contract (<see cref="PerfSummaryJson"/>: figures that could not be computed are null).</remarks>
    public static PerfSummary? ReadPerf(RunRecord run, out string? error) => Read<PerfSummary>(run, RunKind.Perf, PerfSummaryJson.Options, out error);

    /// <summary>The eval summary, or null with the reason it could not be read.</summary>
    public static EvalSummary? ReadEval(RunRecord run, out string? error)
    {
        var summary = Read<EvalSummary>(run, RunKind.Eval, EvalOptions, out error);
        if (summary is not null && summary.Ci95.Length != 2)
        {
            error = $"its ci95 has {summary.Ci95.Length} values instead of 2";
            return null;
        }
        return summary;
    }

    /// <summary>The probe summary, or null with the reason it could not be read.</summary>
    public static ProbeRunSummary? ReadProbe(RunRecord run, out string? error) => Read<ProbeRunSummary>(run, RunKind.Probe, ProbeSummaryJson.Options, out error);

    private static T? Read<T>(RunRecord run, RunKind kind, JsonSerializerOptions options, out string? error) where T : class
    {
        if (run.Kind != kind)
        {
            error = $"run {run.Id} is a {run.Kind} run, not a {kind} run";
            return null;
        }
        if (string.IsNullOrWhiteSpace(run.SummaryJson))
        {
            error = "the run has no summary";
            return null;
        }
        try
        {
            var summary = JsonSerializer.Deserialize<T>(run.SummaryJson, options);
            error = summary is null ? "the summary is JSON null" : null;
            return summary;
        }
        catch (JsonException ex)
        {
            error = $"the summary is not a valid {typeof(T).Name}: {ex.Message}";
            return null;
        }
    }
}
