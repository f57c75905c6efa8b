using Yardstick.Core.Probes;

namespace Yardstick.Probes.Running;

/// <summary>The endpoint could not be probed at all (no answer, or no 2xx answer, to a plain request); the run is stored as Failed.</summary>
public sealed class ProbeEndpointException(string message, ProbeRunSummary summary) : Exception(message)
{
    public ProbeRunSummary Summary { get; } = summary;
}
