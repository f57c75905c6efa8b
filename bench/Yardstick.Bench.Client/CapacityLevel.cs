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
    long ServerLateChunks)
{
    /// <summary>Timing error within 1 % at the median: TTFT error within 1 % of the TTFT (2 ms of 200 ms), speed within 1 %.</summary>
    public bool WithinOnePercent(double ttftSeconds) =>
        Failed == 0 && Math.Abs(TtftErrorP50Ms) <= ttftSeconds * 1000 * 0.01 && Math.Abs(SpeedErrorP50) <= 0.01;
}
