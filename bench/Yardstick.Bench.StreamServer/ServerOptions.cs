using System.Globalization;
using Yardstick.Tests.Loopback;

namespace Yardstick.Bench.StreamServer;

/// <summary>The server's command line: where to write the send log and the schedule every stream follows.</summary>
internal sealed record ServerOptions(string LogPath, StreamSchedule Schedule, int Senders)
{
    public static ServerOptions Parse(string[] args)
    {
        string? Option(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
        double Number(string name, double fallback) => Option(name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

        var log = Option("--log") ?? throw new ArgumentException("--log PATH is required.");
        var schedule = new StreamSchedule(
            TtftSeconds: Number("--ttft", 0.1),
            TokensPerSecond: Number("--rate", 50),
            AnswerTokens: (int)Number("--tokens", 60),
            ReasoningTokens: (int)Number("--reasoning", 0),
            TokensPerChunk: (int)Number("--tokens-per-chunk", 1));
        return new ServerOptions(log, schedule, (int)Number("--senders", 1));
    }
}
