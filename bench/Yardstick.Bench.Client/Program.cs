using System.Globalization;
using Yardstick.Bench.Client;
using Yardstick.Tests.Loopback;

// Usage: dotnet run -c Release --project bench/Yardstick.Bench.Client -- accuracy [--streams 1,32,64,128,256]
//        (against the scheduled server in its own process; see AccuracyMode)
// Usage: dotnet run -c Release --project bench/Yardstick.Bench.Client -- [--levels 256@10,1024@10] [--seconds 3]
//        [--ttft 0.2] [--server-threads 2] [--user-space]
// Each level is STREAMS@RATE: that many concurrent streams, each sending single-token events at RATE tokens/s for about
// --seconds after a --ttft first token. Without --levels two series run: a streams series (10 events/s per stream,
// doubling the streams) and an events series (200 events/s per stream, doubling the streams). A series stops at its
// first level whose median timing error passes 1 % (TTFT error > 1 % of TTFT, or speed error > 1 %), or that fails.
if (args.Length > 0 && args[0] == "accuracy")
    return await AccuracyMode.RunAsync(args[1..]);
var seconds = double.Parse(Option("--seconds") ?? "3", CultureInfo.InvariantCulture);
var ttft = double.Parse(Option("--ttft") ?? "0.2", CultureInfo.InvariantCulture);
var kernelTimestamps = !args.Contains("--user-space");
var senders = int.Parse(Option("--server-threads") ?? "2", CultureInfo.InvariantCulture);
var series = Option("--levels") is { } custom
    ? new[] { ("custom", Parse(custom)) }
    : new[]
    {
        ("streams", Parse("256@10,512@10,1024@10,2048@10,3072@10,4096@10")),
        ("events", Parse("64@200,128@200,256@200,512@200,1024@200")),
    };

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"client capacity: {Environment.ProcessorCount} cores, ~{seconds:0.#} s of single-token events per stream after a {ttft * 1000:0} ms TTFT, timestamps: {(kernelTimestamps ? "kernel (SO_TIMESTAMPNS)" : "user space")}, {senders} server sender threads"));
// Warm-up level, discarded: JIT tiering and first-use allocations otherwise land on the first measured level.
await CapacityRun.MeasureAsync(32, new StreamSchedule(ttft, 100, 100), kernelTimestamps, senders, CancellationToken.None);
foreach (var (name, levels) in series)
{
    Console.WriteLine($"series: {name}");
    Console.WriteLine("streams  tok/s/stream  events/s  ok  failed  TTFT err p50/p95 (ms)  speed err p50/p95  gap err p50 (ms)  server late  within 1 %");
    CapacityLevel? best = null;
    foreach (var (streams, rate) in levels)
    {
        var schedule = new StreamSchedule(ttft, rate, Math.Max(2, (int)(rate * seconds)));
        var level = await CapacityRun.MeasureAsync(streams, schedule, kernelTimestamps, senders, CancellationToken.None);
        var within = level.WithinOnePercent(ttft);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{level.Streams,7}  {rate,12:0}  {level.EventsPerSecond,8:0}  {level.Ok,4}  {level.Failed,4}  {level.TtftErrorP50Ms,8:0.000} / {level.TtftErrorP95Ms,8:0.000}  {level.SpeedErrorP50,7:P2} / {level.SpeedErrorP95,7:P2}  {level.ItlErrorP50Ms,8:0.000}  {level.ServerLateChunks,8}  {(within ? "yes" : "NO")}"));
        if (!within)
            break;
        best = level;
    }
    Console.WriteLine(best is null
        ? $"{name}: no level stayed within 1 %"
        : string.Create(CultureInfo.InvariantCulture, $"{name}: {best.Streams} concurrent streams, {best.EventsPerSecond:0} events/s within 1 % timing error"));
}
return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static (int Streams, double Rate)[] Parse(string levels) => levels.Split(',').Select(level =>
{
    var parts = level.Split('@');
    return (int.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 ? double.Parse(parts[1], CultureInfo.InvariantCulture) : 100.0);
}).ToArray();
