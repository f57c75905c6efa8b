using System.Text.Json.Nodes;

namespace Yardstick.Measure.Workloads;

/// <summary>A workload with settings of its own, stored in its run's configuration under <c>workload_settings</c>.</summary>
public interface IWorkloadSettings
{
    JsonObject Settings { get; }
}
