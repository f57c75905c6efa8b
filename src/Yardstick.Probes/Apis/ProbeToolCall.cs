namespace Yardstick.Probes.Apis;

/// <summary>A tool call the endpoint returned: its id, function name and arguments as the JSON text it sent.</summary>
public sealed record ProbeToolCall(string? Id, string Name, string Arguments);
