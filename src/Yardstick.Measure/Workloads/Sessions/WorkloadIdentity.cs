using System.Text.Json.Nodes;

namespace Yardstick.Measure.Workloads.Sessions;

/// <summary>A workload run's task name and version (stored on the run) and its own settings (stored in its configuration).</summary>
public sealed record WorkloadIdentity(string Name, string Version, JsonObject Settings);
