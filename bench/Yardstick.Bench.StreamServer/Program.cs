using System.Diagnostics;
using System.Globalization;
using Yardstick.Bench.StreamServer;
using Yardstick.Tests.Loopback;

// Usage: Yardstick.Bench.StreamServer --log sends.jsonl [--ttft 0.1] [--rate 50] [--tokens 60] [--reasoning 0]
//        [--tokens-per-chunk 1] [--senders 1]
// Prints "listening <base url>" on stdout once it accepts connections, streams every POST on the schedule, and when
// stdin closes (or reads "stop") writes one JSON line per served request to --log: the request's key (its first
// message), when its bytes had all arrived (the kernel's receive timestamp) and when each chunk was sent, in Stopwatch ticks of CLOCK_MONOTONIC.
var options = ServerOptions.Parse(args);
await using var server = new ScheduledStreamServer(options.Schedule, logWrites: true, senderThreads: options.Senders, receiverFor: KernelArrivalReceiver.For);
Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"listening {server.BaseUrl} frequency {Stopwatch.Frequency}"));
Console.Out.Flush();
string? line;
while ((line = await Console.In.ReadLineAsync()) is not null && line.Trim() != "stop")
{
}
await SendLog.WriteAsync(options.LogPath, server.Served, server.LateChunks);
return 0;
