using System.Text.Json;
using System.Text.Json.Nodes;
using Yardstick.Core.Metrics;

namespace Yardstick.Measure.Workloads.Sessions;

/// <summary>
/// A workload run's figures: the usual summary over all its measured requests, and the workload's report. As JSON
/// (stored and <c>--json</c>), the summary's contract unchanged with one more property, the report under its key.
/// </summary>
public sealed record WorkloadResult<TReport>(PerfSummary Summary, TReport Report) where TReport : WorkloadReport
{
    public string ToJson()
    {
        var json = JsonNode.Parse(PerfSummaryJson.Serialize(Summary))!.AsObject();
        json[Report.Key] = JsonSerializer.SerializeToNode(Report, Report.GetType(), PerfSummaryJson.Options);
        return json.ToJsonString(PerfSummaryJson.Options);
    }
}
