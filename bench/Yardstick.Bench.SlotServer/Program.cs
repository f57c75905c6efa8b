using System.Globalization;
using Yardstick.Measure.Tests.Load.Capacity;

// Usage: Yardstick.Bench.SlotServer [--slots 12] [--service-ms 200]
// Serves OpenAI-style streams with a known capacity: --slots requests at once, each holding its slot for --service-ms
// (first token at once, four more over the service time), the rest queued. Up to --slots streams no request waits; from
// one more on, some always do. Prints "listening <base url>" once it accepts connections; stops when stdin closes or reads "stop".
int Number(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

var slots = Number("--slots", 12);
var serviceMilliseconds = Number("--service-ms", 200);
await using var server = await SlotServer.StartAsync(slots, serviceMilliseconds);
Console.Out.WriteLine($"listening {server.BaseUrl} slots {slots} service {serviceMilliseconds} ms");
Console.Out.Flush();
string? line;
while ((line = await Console.In.ReadLineAsync()) is not null && line.Trim() != "stop")
{
}
Console.Out.WriteLine($"served {server.Requests} requests");
return 0;
