using System.Text.Json.Nodes;

namespace Yardstick.Probes.Apis;

/// <summary>A function the probe offers the model, with the JSON Schema of its arguments.</summary>
public sealed record ProbeTool(string Name, string Description, JsonObject Parameters);
