using System.Globalization;
using Yardstick.Tests.Loopback;

namespace Yardstick.Bench.Client;

/// <summary>
/// <c>accuracy [--streams 1,32,64,128,256] [--ttft 0.1] [--rate 50] [--tokens 60] [--rounds 2]</c>: for each number of
/// concurrent streams, <c>rounds × streams</c> requests (plus one warm-up round) against the scheduled server in its own
/// process; prints the client's TTFT error (median, p95, and its send and receive parts), speed error and CPU per
/// chunk, and the largest level whose median TTFT error stays within 1 ms.
/// </summary>
internal static class AccuracyMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
        double Number(string name, double fallback) => Option(name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

        var levels = (Option("--streams") ?? "1,32,64,128,256").Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var schedule = new StreamSchedule(Number("--ttft", 0.1), Number("--rate", 50), (int)Number("--tokens", 60));
        var rounds = (int)Number("--rounds", 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"accuracy vs a separate-process server: {Environment.ProcessorCount} cores, TTFT {schedule.TtftSeconds * 1000:0} ms, {schedule.TokensPerSecond:0} tok/s, {schedule.TotalTokens} tokens, {rounds} rounds"));
        // Discarded level: JIT tiering and first-use allocations otherwise land on the first measured one.
        await ExternalAccuracyRun.MeasureAsync(8, 8, schedule, CancellationToken.None);
        Console.WriteLine("streams  requests  ok  failed  TTFT err p50/p95 (ms)  at issue t0  send p50  recv p50 (ms)  speed err p50/p95  chunks  CPU s  wall s  CPU µs/chunk  server late  within 1 ms");
        ExternalAccuracyLevel? best = null;
        foreach (var streams in levels)
        {
            var level = await ExternalAccuracyRun.MeasureAsync(streams, streams * rounds, schedule, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{level.Streams,7}  {level.Requests,8}  {level.Ok,4}  {level.Failed,4}  {level.TtftErrorP50Ms,8:0.000} / {level.TtftErrorP95Ms,8:0.000}  {level.TtftErrorIssueT0P50Ms,8:0.000}  {level.SendLagP50Ms,8:0.000}  {level.ReceiveErrorP50Ms,8:0.000}  {level.SpeedErrorP50,7:P2} / {level.SpeedErrorP95,7:P2}  {level.Chunks,6}  {level.ClientCpuSeconds,5:0.00}  {level.WallSeconds,6:0.0}  {level.CpuMicrosecondsPerChunk,8:0.0}  {level.ServerLateChunks,8}  {(level.WithinOneMillisecond ? "yes" : "NO")}"));
            foreach (var warning in level.Warnings)
                Console.WriteLine($"         warning: {warning}");
            if (level.WithinOneMillisecond)
                best = level;
        }
        Console.WriteLine(best is null ? "no level within 1 ms" : $"largest level within 1 ms: {best.Streams} streams");
        return 0;
    }
}
