using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Core.Evals;
using Yardstick.Core.Metrics;
using Yardstick.Core.Pages;
using Yardstick.Core.Runs;
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

    [FromQuery(Name = "offset")] public int? RequestedOffset { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var run = await data.Runs.GetRunAsync(id, cancellationToken);
        if (run is null)
            return NotFound();
        Run = run;
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
        SampleCount = samples.Count;
        FailedCount = samples.Count(s => !s.Succeeded);
        Offset = Math.Clamp(RequestedOffset ?? 0, 0, Math.Max(0, samples.Count - 1));
        Samples = samples.Skip(Offset).Take(PageSize).ToList();
        return Page();
    }

    private static string Pretty(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true });
        }
        catch (JsonException)
        {
            // Shown as stored: the configuration is evidence, even when it is not valid JSON.
            return json;
        }
    }
}
