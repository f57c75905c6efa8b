using Yardstick.Core.Probes;

namespace Yardstick.Probes.Running;

/// <summary>A probe finished: which one, how far the run is, and its outcome.</summary>
public sealed record ProbeProgress(int Completed, int Total, ProbeOutcome Outcome);
