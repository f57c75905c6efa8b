namespace Yardstick.Bench.Client;

/// <summary>What one level of the capacity benchmark measured: load, throughput and the client's timing error.</summary>
internal sealed record CapacityLevel(
    int Streams,
    double EventsPerSecond,
    int Ok,
    int Failed,
    double TtftErrorP50Ms,
    double TtftErrorP95Ms,
    double SpeedErrorP50,
    double SpeedErrorP95,
    double ItlErrorP50Ms,
    long ServerLateChunks,
    double CpuPercent)
{
    /// <summary>Timing error within 1 %: of the 200 ms TTFT (2 ms) and of output speed, at the median.</summary>
    public bool WithinOnePercent(double ttftSeconds) =>
        Failed == 0 && Math.Abs(TtftErrorP50Ms) <= ttftSeconds * 1000 * 0.01 && Math.Abs(SpeedErrorP50) <= 0.01;
}
