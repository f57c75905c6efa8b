using Yardstick.Core.Probes;
using Yardstick.Core.Runs;

namespace Yardstick.Core.Pages;

/// <summary>A completed probe run and its verdicts.</summary>
public sealed record ProbeMeasurement(RunRecord Run, ProbeRunSummary Summary)
{
    /// <summary>Which endpoint the run probed: its catalog endpoint id, else its API style, base URL and model id.</summary>
    public string EndpointKey => Run.EndpointId ?? $"{Run.ApiStyle} {Run.BaseUrl} {Run.ModelId}";
}
