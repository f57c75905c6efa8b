using Yardstick.Probes.Http;

namespace Yardstick.Probes.Running;

/// <summary>One request of a probe and how the probe judged it: passed, failed, or not judged (null: a baseline, or unanswered).</summary>
public sealed class ProbeCase(ProbeExchange exchange)
{
    public ProbeExchange Exchange { get; } = exchange;
    public bool? Passed { get; private set; }
    /// <summary>Why it passed or failed, stored with the sample.</summary>
    public string? Note { get; private set; }

    public void Judge(bool passed, string note)
    {
        Passed = passed;
        Note = note;
    }

    /// <summary>True for a case the probe only observes (a baseline, a calibration, a cold request): never scored, even when refused.</summary>
    public bool ObservedOnly { get; private set; }

    /// <summary>A case the probe only observes (a baseline, a cold request) but does not score.</summary>
    public void Observe(string note)
    {
        Note = note;
        ObservedOnly = true;
    }
}
