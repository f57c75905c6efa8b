using System.Text.Json;

namespace Yardstick.Measure.Tests.Workloads.Sessions;

/// <summary>One chat request as the conversation server read it: its order, arrival time, messages and whole body.</summary>
public sealed record ServedChat(int Index, long ArrivalTimestamp, IReadOnlyList<(string Role, string Content)> Messages, JsonElement Body);
