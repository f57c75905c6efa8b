namespace Yardstick.Bench.Client;

/// <summary>
/// One level of the accuracy benchmark against the separate-process server: the client's TTFT error (its TTFT minus the
/// server's first send after the request arrived), split into the send side (server arrival − client t0) and the
/// receive side (client first-event stamp − server first send), the TTFT error had t0 been taken when the request was
/// issued rather than written (the client before this benchmark existed), speed error, and the client's CPU per streamed chunk.
/// </summary>
internal sealed record ExternalAccuracyLevel(
    int Streams,
    int Requests,
    int Ok,
    int Failed,
    double TtftErrorP50Ms,
    double TtftErrorP95Ms,
    double TtftErrorIssueT0P50Ms,
    double SendLagP50Ms,
    double ReceiveErrorP50Ms,
    double SpeedErrorP50,
    double SpeedErrorP95,
    long Chunks,
    double ClientCpuSeconds,
    double WallSeconds,
    long ServerLateChunks,
    IReadOnlyList<string> Warnings)
{
    public double CpuMicrosecondsPerChunk => Chunks > 0 ? ClientCpuSeconds / Chunks * 1e6 : double.NaN;

    /// <summary>The issue's bar: median TTFT error within 1 ms and median speed error within 1 %, no failure.</summary>
    public bool WithinOneMillisecond => Failed == 0 && Math.Abs(TtftErrorP50Ms) <= 1 && Math.Abs(SpeedErrorP50) <= 0.01;
}
