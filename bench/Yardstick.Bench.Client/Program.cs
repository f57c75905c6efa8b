using System.Globalization;
using Yardstick.Bench.Client;
using Yardstick.Tests.Loopback;

// Usage: dotnet run -c Release --project bench/Yardstick.Bench.Client -- [--levels 64,256,1024,2048] [--rate 100]
//        [--tokens 300] [--ttft 0.2] [--user-space]
// Steps up the number of concurrent streams; each stream gets --tokens single-token events at --rate tokens/s after
// a --ttft first token. Prints one line per level and stops at the first level whose median timing error passes 1 %.
var levels = Option("--levels", "64,128,256,512,1024,2048,3072,4096").Split(',').Select(int.Parse).ToArray();
var rate = double.Parse(Option("--rate", "100"), CultureInfo.InvariantCulture);
var tokens = int.Parse(Option("--tokens", "300"), CultureInfo.InvariantCulture);
var ttft = double.Parse(Option("--ttft", "0.2"), CultureInfo.InvariantCulture);
var kernelTimestamps = !args.Contains("--user-space");
var schedule = new StreamSchedule(TtftSeconds: ttft, TokensPerSecond: rate, AnswerTokens: tokens);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"client capacity: {Environment.ProcessorCount} cores, {tokens} tokens/stream at {rate} tok/s after {ttft * 1000:0} ms, timestamps: {(kernelTimestamps ? "kernel (SO_TIMESTAMPNS)" : "user space")}"));
Console.WriteLine("streams  events/s  ok  failed  TTFT err p50/p95 (ms)  speed err p50/p95  gap err p50 (ms)  server late  CPU %  within 1 %");
// Warm-up level, discarded: JIT tiering and first-use allocations otherwise land on the first measured level.
await CapacityRun.MeasureAsync(32, schedule with { AnswerTokens = Math.Min(tokens, 100) }, kernelTimestamps, CancellationToken.None);
CapacityLevel? best = null;
foreach (var streams in levels)
{
    var level = await CapacityRun.MeasureAsync(streams, schedule, kernelTimestamps, CancellationToken.None);
    var within = level.WithinOnePercent(ttft);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{level.Streams,7}  {level.EventsPerSecond,8:0}  {level.Ok,4}  {level.Failed,4}  {level.TtftErrorP50Ms,8:0.000} / {level.TtftErrorP95Ms,8:0.000}  {level.SpeedErrorP50,7:P2} / {level.SpeedErrorP95,7:P2}  {level.ItlErrorP50Ms,8:0.000}  {level.ServerLateChunks,8}  {level.CpuPercent,5:0}  {(within ? "yes" : "NO")}"));
    if (!within)
        break;
    best = level;
}
Console.WriteLine(best is null
    ? "no level stayed within 1 %"
    : string.Create(CultureInfo.InvariantCulture, $"capacity: {best.Streams} concurrent streams, {best.EventsPerSecond:0} events/s within 1 % timing error"));
return 0;

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
