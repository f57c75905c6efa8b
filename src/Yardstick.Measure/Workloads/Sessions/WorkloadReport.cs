using System.Text.Json.Serialization;

namespace Yardstick.Measure.Workloads.Sessions;

/// <summary>A workload's own figures, stored and written to <c>--json</c> beside the run's summary under <see cref="Key"/>.</summary>
public abstract record WorkloadReport
{
    /// <summary>The summary's property that holds this report, e.g. <c>multi_turn</c>.</summary>
    [JsonIgnore]
    public abstract string Key { get; }
}
