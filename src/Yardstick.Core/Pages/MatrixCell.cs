using Yardstick.Core.Probes;

namespace Yardstick.Core.Pages;

/// <summary>One probe's latest outcome on one endpoint, with the run (and date) it comes from.</summary>
public sealed record MatrixCell(ProbeOutcome Outcome, string RunId, DateTimeOffset Date)
{
    public ProbeVerdict Verdict => Outcome.Verdict;
}
