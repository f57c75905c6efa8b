namespace Yardstick.Tests.Loopback;

/// <summary>When a scheduled request arrived and when each of its chunks was written (Stopwatch timestamps).</summary>
public sealed record ServedRequest(long ArrivedTimestamp, IReadOnlyList<long> WriteTimestamps);
