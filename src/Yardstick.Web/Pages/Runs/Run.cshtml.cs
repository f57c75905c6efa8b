using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Core.Evals;
using Yardstick.Core.Metrics;
using Yardstick.Core.Pages;
using Yardstick.Core.Runs;
using Yardstick.Web.Charts;
using Yardstick.Web.Data;

namespace Yardstick.Web.Pages.Runs;

/// <summary>One run: its configuration, versions, summary and raw samples, so every published figure can be traced and recomputed.</summary>
public sealed class RunPageModel(SiteData data) : PageModel
{
    public const int PageSize = 200;

    public RunRecord Run { get; private set; } = null!;
    public PerfSummary? Perf { get; private set; }
    public EvalSummary? Eval { get; private set; }
    public string? SummaryError { get; private set; }
    public Yardstick.Core.Probes.ProbeRunSummary? Probe { get; private set; }
    public string Configuration { get; private set; } = "";
    public IReadOnlyList<SampleRecord> Samples { get; private set; } = [];
    public int SampleCount { get; private set; }
    public int FailedCount { get; private set; }
    public int Offset { get; private set; }
    /// <summary>The catalog name of the run's model, for the breadcrumb; null when the run names no catalog model.</summary>
    public string? ModelName { get; private set; }

    [FromQuery(Name = "offset")] public int? RequestedOffset { get; set; }
    /// <summary>Eval runs: show only samples with this verdict (<c>correct</c>, <c>wrong</c>, <c>no-answer</c>, <c>failed</c>).</summary>
    [FromQuery(Name = "filter")] public string? Filter { get; set; }

    /// <summary>The verdict filter in force, when it names one.</summary>
    public SampleVerdict? Verdict { get; private set; }
    /// <summary>Samples of each verdict (eval runs), for the filter's counts.</summary>
    public IReadOnlyDictionary<SampleVerdict, int> VerdictCounts { get; private set; } = new Dictionary<SampleVerdict, int>();
    /// <summary>A perf run's per-request timeline.</summary>
    internal ChartView? Timeline { get; private set; }
    /// <summary>Other completed runs of the same eval, to compare item by item (newest first, at most 10).</summary>
    public IReadOnlyList<RunRecord> SameEvalRuns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var run = await data.Runs.GetRunAsync(id, cancellationToken);
        if (run is null)
            return NotFound();
        Run = run;
        ModelName = run.ModelSlug is { } slug ? (await data.ModelAsync(slug, cancellationToken))?.Name : null;
        if (run.SummaryJson is not null)
        {
            string? error = null;
            Perf = run.Kind == RunKind.Perf ? RunSummaryReader.ReadPerf(run, out error) : null;
            Eval = run.Kind == RunKind.Eval ? RunSummaryReader.ReadEval(run, out error) : null;
            Probe = run.Kind == RunKind.Probe ? RunSummaryReader.ReadProbe(run, out error) : null;
            SummaryError = error;
        }
        Configuration = Pretty(run.ConfigurationJson);
        var samples = (await data.Runs.GetSamplesAsync(run.Id, cancellationToken)).OrderBy(s => s.Sequence).ThenBy(s => s.Epoch).ToList();
        if (run.Kind == RunKind.Perf)
            Timeline = new ChartView(RunCharts.Timeline(run, samples), "/api/charts/runs/" + Uri.EscapeDataString(run.Id));
        if (run.Kind == RunKind.Eval)
        {
            SameEvalRuns = (await data.MeasurementsAsync(cancellationToken)).Values.SelectMany(m => m.Evals).Select(e => e.Run)
                .Where(o => o.Task == run.Task && o.Id != run.Id).OrderByDescending(o => o.StartedUtc).Take(10).ToList();
            VerdictCounts = samples.GroupBy(SampleVerdicts.Of).ToDictionary(g => g.Key, g => g.Count());
            Verdict = Enum.GetValues<SampleVerdict>().Cast<SampleVerdict?>().FirstOrDefault(v => SampleVerdicts.Key(v!.Value) == Filter);
            if (Verdict is { } verdict)
                samples = samples.Where(s => SampleVerdicts.Of(s) == verdict).ToList();
        }
        SampleCount = samples.Count;
        FailedCount = samples.Count(s => !s.Succeeded);
        Offset = Math.Clamp(RequestedOffset ?? 0, 0, Math.Max(0, samples.Count - 1));
        Samples = samples.Skip(Offset).Take(PageSize).ToList();
        return Page();
    }

    /// <summary>The expected answer when the eval stored it in the sample's details (<c>"expected"</c>); null otherwise.</summary>
    public static string? Expected(SampleRecord sample)
    {
        if (sample.DetailsJson is null)
            return null;
        try
        {
            using var details = JsonDocument.Parse(sample.DetailsJson);
            return details.RootElement.ValueKind == JsonValueKind.Object && details.RootElement.TryGetProperty("expected", out var expected)
                ? expected.ToString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Pretty(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            // Razor HTML-encodes the text, so the JSON encoder need not escape < > & as \u003C…: they show as written.
            return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
        catch (JsonException)
        {
            // Shown as stored: the configuration is evidence, even when it is not valid JSON.
            return json;
        }
    }
}
