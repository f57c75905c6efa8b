using System.Text.Json;

namespace Yardstick.Measure.Tests.Workloads.Sessions;

/// <summary>One chat request as the conversation server read it: its order, arrival time, requests in flight then (itself included), messages and whole body.</summary>
public sealed record ServedChat(int Index, long ArrivalTimestamp, int InFlight, IReadOnlyList<(string Role, string Content)> Messages, JsonElement Body);
