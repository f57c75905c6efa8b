using System.Text.Json;
using Yardstick.Tests.Loopback;

namespace Yardstick.Bench.StreamServer;

/// <summary>
/// Writes the send log once the run is over (never while streams are timed): one JSON object per line,
/// <c>{"key":…,"arrived":ticks,"sends":[ticks…]}</c>, then a last line <c>{"late_chunks":n}</c>.
/// </summary>
internal static class SendLog
{
    public static async Task WriteAsync(string path, IReadOnlyDictionary<string, ServedRequest> served, long lateChunks)
    {
        await using var file = File.Create(path);
        await using var json = new Utf8JsonWriter(file);
        foreach (var (key, request) in served)
        {
            json.WriteStartObject();
            json.WriteString("key", key);
            json.WriteNumber("arrived", request.ArrivedTimestamp);
            json.WriteStartArray("sends");
            foreach (var send in request.WriteTimestamps)
                json.WriteNumberValue(send);
            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync();
            json.Reset();
            file.WriteByte((byte)'\n');
        }
        json.WriteStartObject();
        json.WriteNumber("late_chunks", lateChunks);
        json.WriteEndObject();
        await json.FlushAsync();
        file.WriteByte((byte)'\n');
    }
}
