using System.Text.Json.Nodes;

namespace Yardstick.Probes.Http;

/// <summary>One server-sent event: its type (<c>message</c> unless named) and parsed data, and when it arrived (seconds since t0).</summary>
public sealed record StreamEvent(string Type, JsonNode? Data, double ArrivedSeconds);
