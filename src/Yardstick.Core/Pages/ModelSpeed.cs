using System.Globalization;

namespace Yardstick.Core.Pages;

/// <summary>
/// A model's published speed under <see cref="SpeedRule"/>: median output speed and median TTFT, the runs they came
/// from (newest first) and which branch of the rule produced them. Every page, the API and the CSV show this figure.
/// </summary>
public sealed record ModelSpeed(SpeedBasis Basis, string Workload, string Endpoint, IReadOnlyList<PerfMeasurement> Runs,
    double? OutputTokensPerSecond, double? TtftSeconds)
{
    /// <summary>The newest run behind the figure: what a single run link points to.</summary>
    public PerfMeasurement Newest => Runs[0];

    public IReadOnlyList<string> RunIds => [.. Runs.Select(r => r.Run.Id)];

    /// <summary>How the figure was taken, in a few words: "median of 3 runs over the last 72 h".</summary>
    public string Statement => Basis switch
    {
        SpeedBasis.Window => Runs.Count == 1 ? "the one run of the last 72 h" : $"median of {Runs.Count} runs over the last 72 h",
        SpeedBasis.LatestHeadlineRun => string.Create(CultureInfo.InvariantCulture, $"latest run ({Newest.Run.StartedUtc:yyyy-MM-dd}): none in the last 72 h"),
        _ => $"latest run, at workload {Workload}: none at the headline workload",
    };
}
